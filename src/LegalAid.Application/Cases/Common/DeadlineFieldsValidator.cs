using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.Common;

public sealed class DeadlineFieldsValidator : AbstractValidator<DeadlineFields>
{
    public DeadlineFieldsValidator(TimeProvider clock)
    {
        RuleFor(d => d.Type).Choice();
        RuleFor(d => d.DueOn).NotNull().WithRequiredMessage().EventDate(clock);
        RuleFor(d => d.Place).Name(Deadline.PlaceMaxLength);
        RuleFor(d => d.Note).FreeText(Deadline.NoteMaxLength);
    }
}
