using System.Data.Common;
using LegalAid.Application.Statistics.Engine.Packs;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence.StatisticsPacks;

internal sealed class StatisticsPackStore(LegalAidDbContext db) : IStatisticsPackStore
{
    public async Task<IReadOnlyList<StoredPack>> ReadAsync(PackKind kind, IReadOnlyCollection<int> numbers, CancellationToken cancellationToken)
    {
        var wanted = numbers.ToList();
        var found = await ReadStoredAsync(kind, wanted, cancellationToken);
        var missing = wanted.Except(found.Select(p => p.Number)).ToList();
        if (missing.Count > 0)
        {
            // Registered before anything is read for them, so that a change committed from now on invalidates them.
            foreach (var number in missing)
            {
                await RegisterAsync(db, kind, number, cancellationToken);
            }

            found.AddRange(await ReadStoredAsync(kind, missing, cancellationToken));
        }

        return found.OrderBy(p => p.Number).ToList();
    }

    public Task<long> GenerationAsync(CancellationToken cancellationToken) =>
        db.StatisticsPacks.SumAsync(p => (long)p.Stamp, cancellationToken);

    public Task StoreAsync(PackKind kind, int number, int stamp, byte[] data, CancellationToken cancellationToken) =>
        db.StatisticsPacks.Where(p => p.Kind == kind && p.Number == number && p.Stamp == stamp)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Data, data), cancellationToken);

    /// <summary>
    /// Drops the data of these segments and grows their stamps, in the caller's transaction. Segments nobody has read yet
    /// are registered first, so that a reader registering one meanwhile waits for this transaction to end: on SQL Server
    /// with row versioning (READ_COMMITTED_SNAPSHOT, Azure SQL's default), a reader that registered it unhindered would
    /// read the records without this change and keep what it built under a stamp nothing had grown.
    /// </summary>
    public static async Task InvalidateAsync(LegalAidDbContext db, IReadOnlyCollection<PackSegment> segments, CancellationToken cancellationToken)
    {
        // In one order, so that two writers registering the same segments on SQL Server cannot lock them crosswise.
        foreach (var kind in segments.GroupBy(s => s.Kind).OrderBy(k => k.Key))
        {
            var numbers = kind.Select(s => s.Number).Distinct().Order().ToList();
            foreach (var number in numbers)
            {
                await RegisterAsync(db, kind.Key, number, cancellationToken);
            }

            await db.StatisticsPacks.Where(p => p.Kind == kind.Key && numbers.Contains(p.Number))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stamp, p => p.Stamp + 1).SetProperty(p => p.Data, (byte[]?)null), cancellationToken);
        }
    }

    /// <summary>
    /// SQLite runs the insert under its single writer lock; on SQL Server two may both find the segment missing, and the
    /// second one's insert then breaks the key, which only means the row is there (the statement alone is undone, not a
    /// writer's transaction).
    /// </summary>
    private static async Task RegisterAsync(LegalAidDbContext db, PackKind kind, int number, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO StatisticsPacks (Kind, Number, Stamp) SELECT {(int)kind}, {number}, 0 WHERE NOT EXISTS (SELECT 1 FROM StatisticsPacks WHERE Kind = {(int)kind} AND Number = {number})",
                cancellationToken);
        }
        catch (DbException e) when (UniqueKeyViolation.In(e))
        {
            // Registered by another reader or writer meanwhile.
        }
    }

    private Task<List<StoredPack>> ReadStoredAsync(PackKind kind, List<int> numbers, CancellationToken cancellationToken) =>
        db.StatisticsPacks.AsNoTracking().Where(p => p.Kind == kind && numbers.Contains(p.Number))
            .Select(p => new StoredPack(p.Number, p.Stamp, p.Data))
            .ToListAsync(cancellationToken);
}
