using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.CancelTransfer;

/// <summary>The centre that sent a request or a proposal takes it back while it is still pending.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record CancelTransfer : ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class CancelTransferValidator : AbstractValidator<CancelTransfer>
{
    public CancelTransferValidator() => RuleFor(c => c.Reason).FreeText(ClientTransfer.NoteMaxLength, multiline: true);
}

public sealed class CancelTransferHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, IAuditTrail audit) : IRequestHandler<CancelTransfer, int>
{
    public async Task<int> Handle(CancelTransfer request, CancellationToken cancellationToken)
    {
        var transfer = (await db.ClientTransfers.Include(t => t.Cases).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        transfer.EnsureMayWithdraw(user);
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);

        transfer.Cancel(request.Reason, actors.At(centre));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForOtherCentreAsync(transfer, centre.Id, cancellationToken);
        return transfer.Version;
    }
}
