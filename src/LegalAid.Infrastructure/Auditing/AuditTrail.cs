using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditTrail(LegalAidDbContext db, ICurrentUser user, TimeProvider clock, IServiceScopeFactory scopes, AuditViewQueue views) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => RecordAsync([auditEvent], cancellationToken);

    public Task RecordAsync(IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken) =>
        AuditRecord.SaveAsync(db, auditEvents.Select(Now).ToList(), cancellationToken);

    /// <summary>Queued for <see cref="AuditViewWriter"/> while it runs; written at once when it does not (console commands, shutdown).</summary>
    public async Task RecordViewAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var record = Now(auditEvent);
        if (!await views.TryAddAsync(record, cancellationToken))
        {
            await AuditRecord.SaveAsync(db, [record], cancellationToken);
        }
    }

    /// <summary>
    /// Through a context of its own, on its own connection: outside the request's transaction, and blind to
    /// whatever the request's context still tracks.
    /// </summary>
    public async Task RecordApartAsync(AuditEvent auditEvent)
    {
        await using var scope = scopes.CreateAsyncScope();
        await AuditRecord.SaveAsync(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>(), [Now(auditEvent)], CancellationToken.None);
    }

    private AuditRecord Now(AuditEvent auditEvent) => AuditRecord.Now(auditEvent, user, clock);
}
