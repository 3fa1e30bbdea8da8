using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditTrail(LegalAidDbContext db, ICurrentUser user, TimeProvider clock, IServiceScopeFactory scopes) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => RecordAsync([auditEvent], cancellationToken);

    public async Task RecordAsync(IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken)
    {
        foreach (var auditEvent in auditEvents)
        {
            db.Record(await EntryForAsync(db, auditEvent, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Through a context of its own, on its own connection: outside the request's transaction, and blind to
    /// whatever the request's context still tracks.
    /// </summary>
    public async Task RecordApartAsync(AuditEvent auditEvent)
    {
        await using var scope = scopes.CreateAsyncScope();
        var apart = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        apart.Record(await EntryForAsync(apart, auditEvent, CancellationToken.None));
        await apart.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// The entry for an event. Its personal details (search terms) are sealed for the clients they led to; when they led
    /// to nobody, only their keyed hash is kept, so that whom someone looked for stays unreadable.
    /// </summary>
    private async Task<AuditEntry> EntryForAsync(LegalAidDbContext context, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var details = auditEvent.Details;
        Seal? seal = null;
        if (auditEvent.PersonalDetails is { } personal)
        {
            if (auditEvent.ClientIds is { Count: > 0 } clients)
            {
                seal = await context.Sealing.SealDetailsAsync(personal, clients, cancellationToken);
            }
            else
            {
                details = Joined(details, $"terms-hmac={context.Sealing.HashSearchTerms(personal)}");
            }
        }

        return new AuditEntry(
            clock.GetUtcNow().UtcDateTime,
            auditEvent.Action,
            auditEvent.EntityType,
            auditEvent.EntityId,
            auditEvent.UserId ?? user.UserId,
            auditEvent.UserName ?? user.UserName,
            auditEvent.CentreId ?? user.CentreId,
            user.IpAddress,
            details: details,
            @sealed: seal?.Value,
            sealedFor: seal?.SealedFor);
    }

    private static string Joined(string? details, string more) => string.IsNullOrEmpty(details) ? more : $"{details}; {more}";
}
