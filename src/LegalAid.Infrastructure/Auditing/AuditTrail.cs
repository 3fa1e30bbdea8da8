using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditTrail(LegalAidDbContext db, ICurrentUser user, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow().UtcDateTime,
            auditEvent.Action,
            auditEvent.EntityType,
            auditEvent.EntityId,
            auditEvent.UserId ?? user.UserId,
            auditEvent.UserName ?? user.UserName,
            auditEvent.CentreId ?? user.CentreId,
            user.IpAddress,
            details: auditEvent.Details));
        await db.SaveChangesAsync(cancellationToken);
    }
}
