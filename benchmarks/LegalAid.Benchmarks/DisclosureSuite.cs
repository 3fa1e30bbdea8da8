using System.Globalization;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Cases;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>
/// The donor report's tables under the old suppression (<see cref="LegacySuppression"/>) and the new one (table
/// redesign, then least-loss suppression), for the last full quarter and year, all centres and Chelyabinsk: cells
/// hidden, totals of 5 or more hidden, the hidden share of the counts, whether the favour share shows, whether the
/// solver proves every table safe, and the time suppression takes.
/// </summary>
internal static class DisclosureSuite
{
    /// <summary>Centres keep their codes here: no figure this suite compares depends on how a centre is named.</summary>
    private static readonly IReadOnlyDictionary<string, string> CentresByCode = new Dictionary<string, string>();

    public static async Task RunAsync(BenchmarkHost host, int runs)
    {
        host.User.ActAsProgrammeStaff();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3);
        var periods = new[]
        {
            ($"Q{((quarterStart.Month - 1) / 3) + 1} {quarterStart.Year}", quarterStart, quarterStart.AddMonths(3).AddDays(-1)),
            ($"{today.Year - 1}", new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
        };
        int chelyabinsk;
        await using (var lookup = host.Scope())
        {
            chelyabinsk = await lookup.ServiceProvider.GetRequiredService<LegalAidDbContext>().Centres.Where(c => c.Code == "CHE").Select(c => c.Id).SingleAsync();
        }

        var scopes = new[] { ("all centres", (int[]?)null), ("CHE", [chelyabinsk]) };
        var rows = new List<string>();
        var timings = new List<Timing>();
        using var language = ReportLanguage.Use("en");
        foreach (var (periodName, from, to) in periods)
        {
            foreach (var (scopeName, centres) in scopes)
            {
                await using var scope = host.Scope();
                var statistics = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStatistics(from, to, Centre: centres));
                var old = statistics.Tables.Append(DonorTables.MonthlyTable(statistics.Months)).Select(LegacySuppression.Apply).ToList();
                var current = DonorTables.Of(statistics, CentresByCode).All.ToList();
                rows.Add(Row(periodName, scopeName, "old", old));
                rows.Add(Row(periodName, scopeName, "new", current));
                timings.Add(await Measure.RunAsync($"suppression of the donor report's tables, old, {periodName}, {scopeName}", runs, () =>
                {
                    _ = statistics.Tables.Append(DonorTables.MonthlyTable(statistics.Months)).Select(LegacySuppression.Apply).ToList();
                    return Task.CompletedTask;
                }));
                timings.Add(await Measure.RunAsync($"suppression of the donor report's tables, new (redesign included), {periodName}, {scopeName}", runs, () =>
                {
                    _ = DonorTables.Of(statistics, CentresByCode).All.ToList();
                    return Task.CompletedTask;
                }));
            }
        }

        foreach (var timing in timings)
        {
            await Console.Out.WriteLineAsync(timing.ToString());
        }

        await Console.Out.WriteLineAsync();
        await Console.Out.WriteLineAsync("| period | centres | method | cells | hidden <5 | hidden x | hidden in all | totals hidden to protect a cell | hidden share of inner counts | favour share | rows and columns merged | hidden cells the solver works out |");
        await Console.Out.WriteLineAsync("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            await Console.Out.WriteLineAsync(row);
        }
    }

    private static string Row(string period, string centres, string method, List<SuppressedTable> tables)
    {
        var loss = SuppressionLoss.Of(tables);
        var cells = tables.SelectMany(t => t.All()).Select(p => p.Cell).ToList();
        var outcomes = tables.Single(t => t.Key == StatisticsTables.ByOutcomeAndCategory);
        var favour = DerivedFigures.Share(outcomes.Cells[outcomes.RowCount, (int)CaseOutcome.ResolvedInFavour - 1], outcomes.Cells[outcomes.RowCount, outcomes.Columns.Count - 1]);
        var merged = tables.Sum(t => t.Merged.Sum(m => m.Members.Count));
        var disclosed = tables.Sum(t => DisclosureSolver.Disclosed(t).Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {period} | {centres} | {method} | {loss.Cells} | {cells.Count(c => c.Suppression == Suppression.SmallCount)} | {cells.Count(c => c.Suppression == Suppression.Complementary)} | {loss.HiddenCells} | {loss.HiddenTotals} | {loss.HiddenShare:P1} | {favour} | {merged} | {(disclosed == 0 ? "none" : disclosed)} |");
    }
}
