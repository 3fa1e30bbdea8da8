using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.ProposeTransfer;

/// <summary>
/// The coordinator of the centre that holds a client offers them, with the open cases chosen, to another centre:
/// on their own (<see cref="ToCentreId"/>) or answering that centre's request (<see cref="TransferId"/> and its
/// <see cref="Version"/>). Nothing moves until the receiving centre accepts.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record ProposeTransfer : IIdempotentCommand<int>
{
    /// <summary>The request being answered; null for a transfer the holding centre starts.</summary>
    public int? TransferId { get; init; }

    /// <summary>The version of the request being answered, as read: required with <see cref="TransferId"/>, never taken as 0.</summary>
    public int? Version { get; init; }

    /// <summary>The receiving centre of a transfer the holding centre starts; an answer goes to the centre that asked.</summary>
    public int? ToCentreId { get; init; }

    public int ClientId { get; init; }

    /// <summary>The client's open cases that move with them; none is allowed (the client moves, the cases stay).</summary>
    public IReadOnlyList<int>? CaseIds { get; init; }

    public string? Note { get; init; }
}

public sealed class ProposeTransferValidator : AbstractValidator<ProposeTransfer>
{
    public ProposeTransferValidator(IApplicationDbContext db)
    {
        RuleFor(p => p.ClientId).Given(() => Messages.UnknownClient);
        RuleFor(p => p.ToCentreId).NotNull().WithRequiredMessage().When(p => p.TransferId is null);
        RuleFor(p => p.ToCentreId).Null().WithMessage(_ => Messages.AnswerGoesToTheAskingCentre).When(p => p.TransferId is not null);
        RuleFor(p => p.Version).NotNull().WithRequiredMessage().When(p => p.TransferId is not null);
        RuleFor(p => p.ToCentreId).MustAsync((id, ct) => db.Centres.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownCentre).When(p => p.ToCentreId is not null);
        RuleFor(p => p.CaseIds).FewValues();
        RuleFor(p => p.Note).FreeText(ClientTransfer.NoteMaxLength, multiline: true);
    }
}

public sealed class ProposeTransferHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, IAuditTrail audit) : IRequestHandler<ProposeTransfer, int>
{
    public async Task<int> Handle(ProposeTransfer request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == request.ClientId && c.CentreId == centre.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Client), request.ClientId);
        var caseIds = (request.CaseIds ?? []).Distinct().ToList();
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        if (cases.Count != caseIds.Count)
        {
            throw InvalidRequestException.For(nameof(request.CaseIds), Messages.UnknownCase);
        }

        if (await db.ClientTransfers.AnyAsync(t => t.ClientId == client.Id && t.Status == TransferStatus.Proposed, cancellationToken))
        {
            throw InvalidRequestException.For(nameof(request.ClientId), Messages.TransferAlreadyPending);
        }

        var actor = actors.At(centre);
        ClientTransfer transfer;
        if (request.TransferId is { } id)
        {
            transfer = (await db.ClientTransfers.Include(t => t.Cases).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)).ExpectVersion(id, request.Version!.Value);
            transfer.EnsureMayDecide(user);
            transfer.Answer(client, cases, request.Note, actor);
        }
        else
        {
            transfer = ClientTransfer.Propose(client, request.ToCentreId!.Value, cases, request.Note, actor);
            db.ClientTransfers.Add(transfer);
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForOtherCentreAsync(transfer, centre.Id, cancellationToken);
        return transfer.Id;
    }
}
