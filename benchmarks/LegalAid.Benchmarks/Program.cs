using System.CommandLine;
using System.Globalization;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Benchmarks;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Infrastructure.DemoData;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");

var database = new Option<string>("--database") { DefaultValueFactory = _ => Path.Combine("benchmarks", "data", "legalaid-1m.db"), Description = "SQLite file; built by the demo generator when missing." };
var clients = new Option<int>("--clients") { DefaultValueFactory = _ => 200_000 };
var consultations = new Option<int>("--consultations") { DefaultValueFactory = _ => 1_000_000 };
var years = new Option<int>("--years") { DefaultValueFactory = _ => 15 };
var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => 10 };
var root = new RootCommand("LegalAid benchmarks: the statistics dashboard against hand-written SQL on the same file.")
{
    database, clients, consultations, years, iterations,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var size = new DemoDataOptions { Clients = parse.GetValue(clients), Consultations = parse.GetValue(consultations), Years = parse.GetValue(years), Seed = 2008 };
    await using var cold = await BenchmarkHost.OpenAsync(parse.GetValue(database)!, size, TimeSpan.Zero);
    await using var warm = await BenchmarkHost.OpenAsync(parse.GetValue(database)!, size, TimeSpan.FromHours(1));
    var runs = parse.GetValue(iterations);
    var lastYear = DateTime.UtcNow.Year - 1;
    var periods = new[]
    {
        ("one year", new DateOnly(lastYear, 1, 1), new DateOnly(lastYear, 12, 31)),
        ("all years", new DateOnly(lastYear - size.Years, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow)),
    };

    // What a programme officer does once the period is chosen: narrow by centre, channel, sex, then clear.
    var filters = new Func<GetStatistics, GetStatistics>[]
    {
        s => s with { Centre = [1] },
        s => s with { Centre = [1], Channel = [ConsultationChannel.Phone] },
        s => s with { Sex = [Sex.Female] },
        s => s,
    };

    await Console.Out.WriteLineAsync($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {new FileInfo(cold.DatabasePath).Length / 1024 / 1024} MB database");
    await Console.Out.WriteLineAsync("| measurement | median ms | fastest ms | slowest ms | runs |");
    await Console.Out.WriteLineAsync("|---|---|---|---|---|");
    foreach (var (name, from, to) in periods)
    {
        var readFromDatabase = await Measure.RunAsync($"dashboard, {name}, read from the database (3 periods, months, 8 tables, 5 charts)", runs, async () =>
        {
            await using var scope = cold.Scope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStatistics(from, to));
        });
        var run = 0;
        var fromMemory = await Measure.RunAsync($"dashboard, {name}, filter changed, facts in memory", runs, async () =>
        {
            await using var scope = warm.Scope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(filters[run++ % filters.Length](new GetStatistics(from, to)));
        });
        await using var connection = new SqliteConnection($"Data Source={cold.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await HandWrittenSql.TuneAsync(connection);
        var sql = await Measure.RunAsync($"hand-written SQL, {name} ({HandWrittenSql.QueryCount} queries, no filter)", runs, () => HandWrittenSql.RunAllAsync(connection, from, to));
        await Console.Out.WriteLineAsync(readFromDatabase.ToString());
        await Console.Out.WriteLineAsync(fromMemory.ToString());
        await Console.Out.WriteLineAsync(sql.ToString());
        await Console.Out.WriteLineAsync($"| ratio app (read from the database) / SQL, {name} | {readFromDatabase.MedianMs / sql.MedianMs:0.00} | | | |");
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();
