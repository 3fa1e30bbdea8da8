using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Statistics.Engine.Packs;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// Loads the facts of the current year and the <see cref="StatisticsOptions.KeepRecentYears"/> before it into
/// <see cref="StatisticsFactsCache"/>; the host calls it every <see cref="StatisticsOptions.FreshFor"/>. It reads
/// without a centre scope, so it runs only where nobody is signed in (a background task), never for a request.
/// </summary>
public sealed class RecentStatistics(IApplicationDbContext db, IStatisticsPackStore packs, ICurrentUser user, StatisticsFactsCache cache, TimeProvider clock, IOptions<StatisticsOptions> options)
{
    public bool IsEnabled => options.Value.KeepRecentYears > 0 && options.Value.FreshFor > TimeSpan.Zero;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled || user.IsAuthenticated)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (start, end) = (new DateOnly(today.Year - options.Value.KeepRecentYears, 1, 1), today.AddDays(1));
        var generation = await packs.GenerationAsync(cancellationToken);
        var facts = await new StatisticsFactsLoader(db, packs, clock, scopeCentreId: null).LoadAsync(start, end, cancellationToken);
        cache.KeepRecent(start, end, generation, facts);
    }
}
