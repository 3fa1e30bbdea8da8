using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Audit.Common;

public sealed class AuditFilterValidator : AbstractValidator<IAuditFilter>
{
    public AuditFilterValidator(TimeProvider clock)
    {
        RuleFor(f => f.User).FreeText(256);
        RuleFor(f => f.EntityType).Must(type => string.IsNullOrEmpty(type) || AuditEntityTypes.IsKnown(type)).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(f => f.EntityId).FreeText(100);
        RuleFor(f => f.Action).Must(a => a is null || Enum.IsDefined(a.Value)).WithChoiceMessage();
        this.Period(f => f.From, f => f.To, clock);
    }
}
