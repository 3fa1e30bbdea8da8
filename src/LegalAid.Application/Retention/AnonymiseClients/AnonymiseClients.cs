using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Retention.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Retention.AnonymiseClients;

/// <summary>
/// Anonymises every client whose personal data is due today (<see cref="RetentionRule"/>), in one transaction: names,
/// contacts, the exact birth date, free texts and documents go, and with their audit keys whatever the trail sealed for
/// them; the figures statistics and donor reports count stay. Each client's anonymisation is audited, without a trace of them.
/// Transfer requests that never named a client lose the person sought once past the same period.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record AnonymiseClients : ICommand<AnonymisationResult>;

/// <summary>How many clients were anonymised, and how many records (theirs included) lost personal data.</summary>
public sealed record AnonymisationResult(int Clients, int Records);

public sealed class AnonymiseClientsHandler(
    IApplicationDbContext db, IActorContext actor, IOptions<RetentionOptions> options, IPersonalDataEraser eraser, IAuditTrail audit)
    : IRequestHandler<AnonymiseClients, AnonymisationResult>
{
    public async Task<AnonymisationResult> Handle(AnonymiseClients request, CancellationToken cancellationToken)
    {
        var years = options.Value.YearsAfterLastCase;
        var today = actor.At(await actor.HomeCentreAsync(cancellationToken)).Today;
        var due = await RetentionRule.Due(db, today, years, await db.Centres.AsNoTracking().ToListAsync(cancellationToken)).Described(db).ToListAsync(cancellationToken);
        var requests = await RetentionRule.UnmatchedRequestsDue(db, today, years)
            .Select(t => new { t.Id, t.ToCentreId, t.DecidedAtUtc }).ToListAsync(cancellationToken);

        var records = due.Count == 0 ? 0 : await eraser.EraseAsync(due.Select(d => d.ClientId).ToList(), today, cancellationToken);
        records += requests.Count == 0 ? 0 : await eraser.ForgetPeopleSoughtAsync(requests.Select(r => r.Id).ToList(), cancellationToken);
        await audit.RecordAsync(
            [
                .. due.Select(client => new AuditEvent(
                    AuditAction.Anonymised, nameof(Client), client.ClientId.ToString(CultureInfo.InvariantCulture), Details(client, years), CentreId: client.CentreId)),
                .. requests.Select(transfer => new AuditEvent(
                    AuditAction.Anonymised, nameof(ClientTransfer), transfer.Id.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"reason={RetentionReason.RetentionPassed}; years={years}; decidedOn={transfer.DecidedAtUtc:yyyy-MM-dd}"),
                    CentreId: transfer.ToCentreId)),
            ],
            cancellationToken);

        return new AnonymisationResult(due.Count, records);
    }

    private static string Details(RetentionDueClient client, int years) => client.Reason == RetentionReason.ConsentWithdrawn
        ? string.Create(CultureInfo.InvariantCulture, $"reason={client.Reason}; withdrawnOn={client.ConsentWithdrawnOn:yyyy-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"reason={client.Reason}; years={years}; lastCaseClosedOn={client.LastCaseClosedOn:yyyy-MM-dd}");
}
