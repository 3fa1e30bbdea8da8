using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.AcceptTransfer;

/// <summary>
/// The receiving centre's coordinator takes the client and the chosen open cases, which one of its lawyers now
/// handles. Case numbers, history, documents and deadlines go with the cases; consultations stay counted for the
/// centre that held them; closed cases and cases not chosen stay behind.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record AcceptTransfer : ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    /// <summary>The receiving centre's lawyer who takes the cases over.</summary>
    public int? AssignedLawyerId { get; init; }
}

public sealed class AcceptTransferValidator : AbstractValidator<AcceptTransfer>
{
    public AcceptTransferValidator(IApplicationDbContext db, ICurrentUser user)
    {
        RuleFor(a => a.AssignedLawyerId).NotNull().WithRequiredMessage()
            .LawyerOfCentre(db, _ => user.CentreId ?? 0);
    }
}

public sealed class AcceptTransferHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, IAuditTrail audit) : IRequestHandler<AcceptTransfer, int>
{
    public async Task<int> Handle(AcceptTransfer request, CancellationToken cancellationToken)
    {
        var transfer = (await db.ClientTransfers.Include(t => t.Cases).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        transfer.EnsureMayDecide(user);
        if (transfer.Status != TransferStatus.Proposed)
        {
            throw InvalidRequestException.For(string.Empty, Messages.TransferNotYours);
        }

        // The transfer itself lets the receiving centre reach the client and the cases it names, and nothing else.
        var caseIds = transfer.Cases.Select(c => c.CaseId).ToList();
        var client = await db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == transfer.ClientId, cancellationToken);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);

        transfer.Accept(client, cases, request.AssignedLawyerId!.Value, actors.At(centre));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAcceptanceForSendingCentreAsync(transfer, cases, cancellationToken);
        return transfer.Version;
    }
}
