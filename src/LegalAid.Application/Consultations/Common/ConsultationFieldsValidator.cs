using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Consultations.Common;

/// <summary>A consultation's fields, for a new one or for <paramref name="consultationId"/>, which keeps its categories though since deactivated.</summary>
public sealed class ConsultationFieldsValidator : AbstractValidator<ConsultationFields>
{
    public ConsultationFieldsValidator(IApplicationDbContext db, TimeProvider clock, int? consultationId = null)
    {
        RuleFor(c => c.Channel).Choice();
        RuleFor(c => c.DurationMinutes).NotNull().WithRequiredMessage().InclusiveBetween(1, Consultation.MaxDurationMinutes).WithMessage(_ => Messages.InvalidDuration);
        RuleFor(c => c.CategoryIds).Cascade(CascadeMode.Stop).FewValues().ExistingCategories(db, HeldCategories.OfConsultation(db, consultationId));
        RuleFor(c => c.Actions).Choices();
        RuleFor(c => c.Summary).Cascade(CascadeMode.Stop).FreeText(Consultation.SummaryMaxLength, multiline: true)
            .Must((c, summary) => !string.IsNullOrWhiteSpace(summary) || c.Actions is { Count: > 0 }).WithMessage(_ => Messages.EmptyConsultation);
        RuleFor(c => c.FollowUpOn).EventDate(clock);
    }
}
