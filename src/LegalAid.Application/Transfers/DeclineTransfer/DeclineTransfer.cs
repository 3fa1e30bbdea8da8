using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.DeclineTransfer;

/// <summary>The coordinator the transfer waits for says no, with a reason: the holding centre to a request, the receiving centre to a proposal.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record DeclineTransfer : ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class DeclineTransferValidator : AbstractValidator<DeclineTransfer>
{
    public DeclineTransferValidator() => RuleFor(d => d.Reason).Required().FreeText(ClientTransfer.NoteMaxLength, multiline: true);
}

public sealed class DeclineTransferHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, IAuditTrail audit) : IRequestHandler<DeclineTransfer, int>
{
    public async Task<int> Handle(DeclineTransfer request, CancellationToken cancellationToken)
    {
        var transfer = (await db.ClientTransfers.Include(t => t.Cases).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        transfer.EnsureMayDecide(user);
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);

        transfer.Decline(request.Reason, actors.At(centre));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForOtherCentreAsync(transfer, centre.Id, cancellationToken);
        return transfer.Version;
    }
}
