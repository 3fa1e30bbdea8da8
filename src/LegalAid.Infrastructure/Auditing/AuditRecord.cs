using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>An event as it happened: when, from which address, by whom (the account acting unless the event names one).</summary>
internal sealed record AuditRecord(AuditEvent Event, DateTime OccurredAtUtc, string? IpAddress)
{
    public static AuditRecord Now(AuditEvent auditEvent, ICurrentUser user, TimeProvider clock) =>
        new(
            auditEvent with
            {
                UserId = auditEvent.UserId ?? user.UserId,
                UserName = auditEvent.UserName ?? user.UserName,
                CentreId = auditEvent.CentreId ?? user.CentreId,
            },
            clock.GetUtcNow().UtcDateTime,
            user.IpAddress);

    /// <summary>Saves the records' entries, chained in this order, with whatever else the context holds.</summary>
    public static async Task SaveAsync(LegalAidDbContext context, IEnumerable<AuditRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            context.Record(await record.ToEntryAsync(context, cancellationToken));
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The entry for the event, to be saved through <paramref name="context"/>. Its personal details (search terms) are
    /// sealed for the clients they led to; when they led to nobody, only their keyed hash is kept, so that whom someone
    /// looked for stays unreadable.
    /// </summary>
    private async Task<AuditEntry> ToEntryAsync(LegalAidDbContext context, CancellationToken cancellationToken)
    {
        var details = Event.Details;
        Seal? seal = null;
        if (Event.PersonalDetails is { } personal)
        {
            if (Event.ClientIds is { Count: > 0 } clients)
            {
                seal = await context.Sealing.SealDetailsAsync(personal, clients, cancellationToken);
            }
            else
            {
                details = Joined(details, $"terms-hmac={context.Sealing.HashSearchTerms(personal)}");
            }
        }

        return new AuditEntry(
            OccurredAtUtc,
            Event.Action,
            Event.EntityType,
            Event.EntityId,
            Event.UserId,
            Event.UserName,
            Event.CentreId,
            IpAddress,
            details: details,
            @sealed: seal?.Value,
            sealedFor: seal?.SealedFor);
    }

    private static string Joined(string? details, string more) => string.IsNullOrEmpty(details) ? more : $"{details}; {more}";
}
