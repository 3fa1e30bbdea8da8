using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.VoidReferral;

/// <summary>Voids a referral with a reason (entered on the wrong case, never made): it leaves statistics and reports.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record VoidReferral : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int ReferralId { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class VoidReferralValidator : AbstractValidator<VoidReferral>
{
    public VoidReferralValidator() => RuleFor(v => v.Reason).VoidReason();
}

public sealed class VoidReferralHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<VoidReferral, int>
{
    public async Task<int> Handle(VoidReferral request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Referrals.Where(r => r.Id == request.ReferralId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var referral = @case.Referrals.SingleOrDefault().ExpectVersion(request.ReferralId, request.Version);

        referral.Void(request.Reason, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return referral.Version;
    }
}
