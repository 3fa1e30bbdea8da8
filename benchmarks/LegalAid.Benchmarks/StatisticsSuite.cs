using System.Globalization;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>The statistics dashboard, with its facts read from the database and already in memory, against hand-written SQL.</summary>
internal static class StatisticsSuite
{
    // What a programme officer does once the period is chosen: narrow by centre, channel, sex, then clear.
    private static readonly Func<GetStatistics, GetStatistics>[] Filters =
    [
        s => s with { Centre = [1] },
        s => s with { Centre = [1], Channel = [ConsultationChannel.Phone] },
        s => s with { Sex = [Sex.Female] },
        s => s,
    ];

    public static async Task RunAsync(BenchmarkHost cold, BenchmarkHost warm, int years, int runs, CancellationToken cancellationToken)
    {
        await Console.Out.WriteLineAsync((await RecentYearsAsync(warm, runs)).ToString());
        var lastYear = DateTime.UtcNow.Year - 1;
        var periods = new[]
        {
            ("one year", new DateOnly(lastYear, 1, 1), new DateOnly(lastYear, 12, 31)),
            ("all years", new DateOnly(lastYear - years, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow)),
        };
        foreach (var (name, from, to) in periods)
        {
            var readFromDatabase = await Measure.RunAsync($"dashboard, {name}, read from the database (3 periods, months, 8 tables, 5 charts)", runs, async () =>
            {
                await using var scope = cold.Scope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStatistics(from, to));
            });
            var run = 0;
            var fromMemory = await Measure.RunAsync($"dashboard, {name}, facts in memory (recent years kept, or the period asked before)", runs, async () =>
            {
                await using var scope = warm.Scope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Filters[run++ % Filters.Length](new GetStatistics(from, to)));
            });
            await using var connection = new SqliteConnection($"Data Source={cold.DatabasePath};Mode=ReadOnly");
            await connection.OpenAsync(cancellationToken);
            await HandWrittenSql.TuneAsync(connection);
            var sql = await Measure.RunAsync($"hand-written SQL, {name} ({HandWrittenSql.QueryCount} queries, no filter)", runs, () => HandWrittenSql.RunAllAsync(connection, from, to));
            await Console.Out.WriteLineAsync(readFromDatabase.ToString());
            await Console.Out.WriteLineAsync(fromMemory.ToString());
            await Console.Out.WriteLineAsync(sql.ToString());
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| ratio app (read from the database) / SQL, {name} | {readFromDatabase.MedianMs / sql.MedianMs:0.00} | | | |"));
        }
    }

    /// <summary>What the app's background task costs: loading this year and the two before it, every <c>Statistics:FreshFor</c>.</summary>
    private static async Task<Timing> RecentYearsAsync(BenchmarkHost host, int runs)
    {
        host.User.ActAsBackgroundTask();
        var timing = await Measure.RunAsync("background reload of the recent years (this year and the two before)", Math.Min(runs, 3), async () =>
        {
            await using var scope = host.Scope();
            await scope.ServiceProvider.GetRequiredService<RecentStatistics>().RefreshAsync(CancellationToken.None);
        });
        host.User.ActAsProgrammeStaff();
        return timing;
    }
}
