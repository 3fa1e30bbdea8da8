using FluentValidation;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.EditReferral;

/// <summary>Corrects a referral's partner, date and note (its result is recorded apart); any case worker of the case's centre.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record EditReferral : ReferralFields, ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int ReferralId { get; init; }

    public int Version { get; init; }

    /// <summary>The correction of the referral as read: what the edit form starts from.</summary>
    public static EditReferral From(int caseId, ReferralItem referral) => new()
    {
        CaseId = caseId,
        ReferralId = referral.Id,
        Version = referral.Version,
        PartnerId = referral.PartnerId,
        ReferredOn = referral.ReferredOn,
        Note = referral.Note,
    };
}

public sealed class EditReferralValidator : AbstractValidator<EditReferral>
{
    public EditReferralValidator(IApplicationDbContext db, TimeProvider clock)
    {
        Include(new ReferralFieldsValidator(db, clock));
        RuleFor(r => r.ReferredOn).NotNull().WithRequiredMessage();
    }
}

public sealed class EditReferralHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<EditReferral, int>
{
    public async Task<int> Handle(EditReferral request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Referrals.Where(r => r.Id == request.ReferralId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var referral = @case.Referrals.SingleOrDefault().ExpectVersion(request.ReferralId, request.Version);

        @case.CorrectReferral(referral.Id, request.PartnerId, request.ReferredOn!.Value, request.Note, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return referral.Version;
    }
}
