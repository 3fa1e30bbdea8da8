using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// Keeps the facts of recently asked windows in memory for <see cref="StatisticsOptions.FreshFor"/>, so that
/// changing the dashboard's filters, exporting or building a report recomputes from memory instead of reading
/// a million rows again. Kept facts serve only while the packs' generation (<see cref="IStatisticsPackStore.GenerationAsync"/>)
/// is the one read before they were loaded: a consultation logged or voided a moment ago counts at once, on every node,
/// and a donor report is never archived with figures older than its request. Entries are keyed by the reader's centre
/// scope: a coordinator never gets facts loaded for someone who sees every centre, nor the reverse. The recent years that <see cref="RecentStatistics"/>
/// keeps loaded serve any window inside them for readers who see every centre, and only while such readers use
/// statistics: each of their requests wakes <see cref="WaitForRecentReadersAsync"/>.
/// </summary>
public sealed class StatisticsFactsCache(IOptions<StatisticsOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxCachedConsultations });
    private RecentFacts? recent;
    private TaskCompletionSource recentWanted = NewSignal();

    /// <param name="readGeneration">Reads the packs' generation; read before <paramref name="load"/> would run.</param>
    internal async Task<StatisticsFacts> GetOrLoadAsync(
        DateOnly start, DateOnly end, int? scopeCentreId, Func<Task<long>> readGeneration, Func<Task<StatisticsFacts>> load)
    {
        var freshFor = options.Value.FreshFor;
        if (freshFor <= TimeSpan.Zero)
        {
            return await load();
        }

        if (scopeCentreId is null)
        {
            Volatile.Read(ref recentWanted).TrySetResult();
        }

        var generation = await readGeneration();
        if (scopeCentreId is null && Volatile.Read(ref recent) is { } kept && kept.Start <= start && end <= kept.End
            && kept.Generation == generation && clock.GetUtcNow() - kept.Facts.ReadAt <= 2 * freshFor)
        {
            return kept.Facts;
        }

        var key = (start, end, scopeCentreId);
        if (cache.TryGetValue(key, out KeptFacts? cached) && cached?.Generation == generation)
        {
            return cached.Facts;
        }

        var facts = await load();
        cache.Set(key, new KeptFacts(generation, facts), new MemoryCacheEntryOptions { Size = Math.Max(1, facts.Consultations.Count), AbsoluteExpirationRelativeToNow = freshFor });
        return facts;
    }

    /// <summary>Replaces the recent years' facts, loaded without a centre scope after reading the packs' <paramref name="generation"/>.</summary>
    internal void KeepRecent(DateOnly start, DateOnly end, long generation, StatisticsFacts facts) =>
        Volatile.Write(ref recent, new RecentFacts(start, end, generation, facts));

    /// <summary>
    /// Returns once a reader who sees every centre has asked for statistics since the previous call. While nobody
    /// has, the recent years' copy is dropped: it would be out of date by the time anyone asks, and it holds
    /// several hundred thousand facts.
    /// </summary>
    public async Task WaitForRecentReadersAsync(CancellationToken cancellationToken)
    {
        var signal = Volatile.Read(ref recentWanted);
        if (!signal.Task.IsCompleted)
        {
            Volatile.Write(ref recent, null);
            await signal.Task.WaitAsync(cancellationToken);
        }

        Interlocked.CompareExchange(ref recentWanted, NewSignal(), signal);
    }

    public void Dispose() => cache.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record RecentFacts(DateOnly Start, DateOnly End, long Generation, StatisticsFacts Facts);

    private sealed record KeptFacts(long Generation, StatisticsFacts Facts);
}
