using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Lets the write transactions of this process begin one at a time, the others awaiting their turn in order without
/// holding a thread. SQLite admits one writer (every transaction here begins IMMEDIATE, taking the write lock), and
/// Microsoft.Data.Sqlite answers a locked database by putting the thread to sleep for 150 ms and trying again: under
/// 50 concurrent requests, each view writing its audit entry, eight threads slept there on average
/// (benchmarks/README.md, "Load test"). A turn ends when its transaction commits, rolls back or fails, or at the
/// latest when its connection closes. Writers of another process on the same file (a second node) still meet that
/// retry; so does a transaction that waited longer than <see cref="Patience"/>, which then goes ahead without a turn.
/// </summary>
internal sealed class SqliteWriteGate(ILogger<SqliteWriteGate> logger) : DbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    /// <summary>Microsoft.Data.Sqlite's default command timeout: as long as a transaction would have retried before.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>The connections (EF Core's connection ids) holding the turn.</summary>
    private readonly ConcurrentDictionary<Guid, byte> holders = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!holders.ContainsKey(eventData.ConnectionId))
        {
            Hold(eventData.ConnectionId, turn.Wait(Patience));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!holders.ContainsKey(eventData.ConnectionId))
        {
            Hold(eventData.ConnectionId, await turn.WaitAsync(Patience, cancellationToken));
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>A transaction disposed without a commit or a rollback (an exception on its way) ends with its connection.</summary>
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(ConnectionClosing(connection, eventData, result));

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ConnectionClosing(connection, eventData, result);

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(ConnectionClosing(connection, eventData, result));

    public void Dispose() => turn.Dispose();

    /// <summary>
    /// Takes the turn when it was given. A connection that still holds it (its last transaction was disposed while the
    /// connection stayed open) does not wait for it again: the starting methods skip the wait.
    /// </summary>
    private void Hold(Guid connection, bool given)
    {
        if (given)
        {
            holders[connection] = 0;
        }
        else
        {
            logger.LogWarning("A write transaction waited {Seconds} s for its turn and goes ahead without it.", Patience.TotalSeconds);
        }
    }

    private void Release(Guid connection)
    {
        if (holders.TryRemove(connection, out _))
        {
            turn.Release();
        }
    }
}
