using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LegalAid.Infrastructure.Persistence;

internal static class TransactionWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in a new transaction and commits it, or rolls it back as soon as anything fails:
    /// a transaction only disposed would hold SQLite's write turn until its connection closes (<see cref="SqliteWriteGate"/>),
    /// which is the end of the request (<see cref="KeptOpenSqliteConnection"/>).
    /// </summary>
    public static async Task<T> InNewTransactionAsync<T>(
        this DatabaseFacade database, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken, IsolationLevel? isolation = null)
    {
        await using var transaction = isolation is { } level
            ? await database.BeginTransactionAsync(level, cancellationToken)
            : await database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
