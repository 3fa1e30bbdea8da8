using System.Data;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// One transaction per command, run by the provider's execution strategy: on SQL Server a transient failure
/// (a failover, a dropped connection) rolls back and runs the whole command again on a clean change tracker.
/// What the database cannot roll back (deleting a removed document's file) waits for the commit (<see cref="PersonalDataCleanup"/>).
/// A command that fails leaves a clean change tracker too: what it holds was rolled back, and the page that shows the
/// refusal (with its view audited) must neither save it again nor show it.
/// </summary>
internal sealed class UnitOfWork(LegalAidDbContext db, PersonalDataCleanup cleanup) : IUnitOfWork
{
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, isolation: null, cancellationToken);

    public Task<T> InSerializableTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, IsolationLevel.Serializable, cancellationToken);

    private async Task<T> RunAsync<T>(Func<Task<T>> work, IsolationLevel? isolation, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // The level is the outer transaction's, and its commit comes later: what needs serializable cannot run inside it.
            return isolation is null ? await work() : throw new InvalidOperationException("A serializable transaction cannot run inside another transaction.");
        }

        var attempt = 0;
        T committed;
        try
        {
            committed = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                if (attempt++ > 0)
                {
                    db.ChangeTracker.Clear();
                    cleanup.Forget();
                }

                return await db.Database.InNewTransactionAsync(_ => work(), ct, isolation);
            }, cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            cleanup.Forget();
            throw;
        }

        await cleanup.CompleteAsync(cancellationToken);
        return committed;
    }
}
