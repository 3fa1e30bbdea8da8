using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditTrail(LegalAidDbContext db, ICurrentUser user, TimeProvider clock, IServiceScopeFactory scopes) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(EntryFor(auditEvent));
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
        apart.AuditEntries.Add(EntryFor(auditEvent));
        await apart.SaveChangesAsync(CancellationToken.None);
    }

    private AuditEntry EntryFor(AuditEvent auditEvent) => new(
        clock.GetUtcNow().UtcDateTime,
        auditEvent.Action,
        auditEvent.EntityType,
        auditEvent.EntityId,
        auditEvent.UserId ?? user.UserId,
        auditEvent.UserName ?? user.UserName,
        auditEvent.CentreId ?? user.CentreId,
        user.IpAddress,
        details: auditEvent.Details);
}
