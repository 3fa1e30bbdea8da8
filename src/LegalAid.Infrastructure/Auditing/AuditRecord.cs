using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// An event as it happened, ready to be written: when, from which address, by whom (the account acting unless the event
/// names one), and its personal details already sealed. Sealed at once, in the request: sealed later, a search's terms
/// could be sealed under a new key of a client erased in between, and be readable again.
/// </summary>
internal sealed record AuditRecord(AuditEvent Event, DateTime OccurredAtUtc, string? IpAddress, string? Details, Seal? Seal)
{
    /// <summary>
    /// The record of an event happening now. Its personal details (search terms) are sealed for the clients they led to,
    /// through <paramref name="context"/>, and go when the last of them is erased. Terms that led to no client of the
    /// reader's centre are not kept at all: even a keyed hash of them would confirm a guessed phone or name (a mobile
    /// number is one of about 10⁹) to whoever holds the master key, long after that person was erased elsewhere. The
    /// entry says only that the search showed nobody.
    /// </summary>
    public static async Task<AuditRecord> NowAsync(AuditEvent auditEvent, ICurrentUser user, TimeProvider clock, LegalAidDbContext context, CancellationToken cancellationToken)
    {
        var (details, seal) = auditEvent switch
        {
            { PersonalDetails: { } personal, ClientIds: { Count: > 0 } clients } => (auditEvent.Details, (Seal?)await context.Sealing.SealDetailsAsync(personal, clients, cancellationToken)),
            { PersonalDetails: not null } => (Joined(auditEvent.Details, "shown=0"), (Seal?)null),
            _ => (auditEvent.Details, (Seal?)null),
        };

        var actor = auditEvent with
        {
            UserId = auditEvent.UserId ?? user.UserId,
            UserName = auditEvent.UserName ?? user.UserName,
            CentreId = auditEvent.CentreId ?? user.CentreId,
        };
        return new AuditRecord(actor, clock.GetUtcNow().UtcDateTime, user.IpAddress, details, seal);
    }

    /// <summary>Saves the records' entries, chained in this order, with whatever else the context holds.</summary>
    public static async Task SaveAsync(LegalAidDbContext context, IEnumerable<AuditRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            context.Record(record.ToEntry());
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A new entry each time: one whose save failed was linked into the chain already and is not saved again.</summary>
    private AuditEntry ToEntry() =>
        new(
            OccurredAtUtc,
            Event.Action,
            Event.EntityType,
            Event.EntityId,
            Event.UserId,
            Event.UserName,
            Event.CentreId,
            IpAddress,
            details: Details,
            @sealed: Seal?.Value,
            sealedFor: Seal?.SealedFor);

    private static string Joined(string? details, string more) => string.IsNullOrEmpty(details) ? more : $"{details}; {more}";
}
