using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Statistics.Engine.Packs;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// Every statistic of the programme for a period and any combination of filters: the one read behind the dashboard,
/// its exports, the API and the PDF reports, each of which validates its own request first. Aggregates only; no
/// personal data. The current user's centre scope applies, so a coordinator's figures cover their own centre only.
/// </summary>
public sealed class StatisticsQueries(IApplicationDbContext db, IStatisticsPackStore packs, ICurrentUser user, StatisticsFactsCache cache, TimeProvider clock)
{
    public async Task<StatisticsReport> ReportAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var period = filter.ToPeriod();
        var (previous, yearBefore) = (period.Before(), period.AYearEarlier());
        var windowStart = previous.From < yearBefore.From ? previous.From : yearBefore.From;
        var facts = await cache.GetOrLoadAsync(windowStart, period.To, user.CentreId, () => packs.GenerationAsync(cancellationToken),
            () => new StatisticsFactsLoader(db, packs, clock, user.CentreId).LoadAsync(windowStart, period.To, cancellationToken));
        // The earlier periods on another thread, with a calculator of their own (one is not thread-safe): their figures
        // cost about as much as the current period's, and a server usually has a core to spare while one person reads.
        var earlier = Task.Run(
            () =>
            {
                var other = new IndicatorCalculator(facts, filter);
                return (other.For(previous), other.For(yearBefore));
            },
            cancellationToken);
        var calculator = new IndicatorCalculator(facts, filter);
        var current = calculator.For(period);
        // A coordinator's tables list their own centre only: the others' columns would read as zeros, not as unseen.
        var tables = new StatisticsTables(facts, calculator, user.CentreId is { } own ? [own] : filter.Centre).For(period);
        var months = calculator.Months(period);
        var (previousFigures, yearBeforeFigures) = await earlier;

        return new StatisticsReport(
            period,
            facts.ReadAt,
            current,
            previousFigures,
            yearBeforeFigures,
            months,
            tables,
            StatisticsCharts.For(current, months, tables));
    }
}
