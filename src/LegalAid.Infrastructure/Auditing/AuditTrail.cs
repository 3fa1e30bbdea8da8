using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditTrail(LegalAidDbContext db, ICurrentUser user, TimeProvider clock, IServiceScopeFactory scopes, AuditViewQueue views) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => RecordAsync([auditEvent], cancellationToken);

    public async Task RecordAsync(IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken)
    {
        var records = new List<AuditRecord>();
        foreach (var auditEvent in auditEvents)
        {
            records.Add(await AuditRecord.NowAsync(auditEvent, user, clock, db, cancellationToken));
        }

        await AuditRecord.SaveAsync(db, records, cancellationToken);
    }

    /// <summary>Queued for <see cref="AuditViewWriter"/> while it runs; written at once when it does not (console commands, shutdown).</summary>
    public async Task RecordViewAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var record = await AuditRecord.NowAsync(auditEvent, user, clock, db, cancellationToken);
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
        var apart = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        await AuditRecord.SaveAsync(apart, [await AuditRecord.NowAsync(auditEvent, user, clock, apart, CancellationToken.None)], CancellationToken.None);
    }
}
