using FluentValidation;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.ReferClient;

/// <summary>Records that the client was sent to a partner organisation.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ReferClient : ReferralFields, IIdempotentCommand<int>, ICaseChange
{
    public int CaseId { get; init; }
}

public sealed class ReferClientValidator : AbstractValidator<ReferClient>
{
    public ReferClientValidator(IApplicationDbContext db, TimeProvider clock) => Include(new ReferralFieldsValidator(db, clock));
}

public sealed class ReferClientHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<ReferClient, int>
{
    public async Task<int> Handle(ReferClient request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var actor = actors.At(@case.Centre);
        var referral = @case.Refer(request.PartnerId, request.ReferredOn ?? actor.Today, request.Note, actor);
        await db.SaveChangesAsync(cancellationToken);
        return referral.Id;
    }
}
