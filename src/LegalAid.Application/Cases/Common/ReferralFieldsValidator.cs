using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.Common;

public sealed class ReferralFieldsValidator : AbstractValidator<ReferralFields>
{
    public ReferralFieldsValidator(IApplicationDbContext db, TimeProvider clock)
    {
        RuleFor(r => r.PartnerId).Given(() => Messages.UnknownPartner).MustAsync((id, ct) => db.PartnerOrganisations.AnyAsync(p => p.Id == id && p.IsActive, ct))
            .WithMessage(_ => Messages.UnknownPartner);
        RuleFor(r => r.ReferredOn).PastEventDate(clock);
        RuleFor(r => r.Note).FreeText(Referral.NoteMaxLength);
    }
}
