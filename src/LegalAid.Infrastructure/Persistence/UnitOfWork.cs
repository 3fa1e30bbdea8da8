using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// One transaction per command, run by the provider's execution strategy: on SQL Server a transient failure
/// (a failover, a dropped connection) rolls back and runs the whole command again on a clean change tracker.
/// </summary>
internal sealed class UnitOfWork(LegalAidDbContext db) : IUnitOfWork
{
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        var attempt = 0;
        var committed = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
        await db.ScrubRemovedPersonalDataAsync(cancellationToken);
        return committed;
    }
}
