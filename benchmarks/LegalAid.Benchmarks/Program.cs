using System.CommandLine;
using System.Globalization;
using LegalAid.Benchmarks;
using LegalAid.Infrastructure.DemoData;

CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");

var database = new Option<string>("--database") { DefaultValueFactory = _ => Path.Combine("benchmarks", "data", "legalaid-1m.db"), Description = "SQLite file; built by the demo generator when missing." };
var clients = new Option<int>("--clients") { DefaultValueFactory = _ => 200_000 };
var consultations = new Option<int>("--consultations") { DefaultValueFactory = _ => 1_000_000 };
var years = new Option<int>("--years") { DefaultValueFactory = _ => 15 };
var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => 10 };
var sample = new Option<int>("--sample") { DefaultValueFactory = _ => 300, Description = "How many of the Moscow centre's clients the search suite looks for." };
var suite = new Option<string>("--suite") { DefaultValueFactory = _ => "all", Description = "statistics, reports, search, disclosure, consultations or all." };
suite.AcceptOnlyFromAmong("statistics", "reports", "search", "disclosure", "consultations", "all");
var root = new RootCommand("LegalAid benchmarks: the statistics dashboard against hand-written SQL, the PDF reports, client search, the donor report's suppression and logging consultations, on one demo database.")
{
    database, clients, consultations, years, iterations, sample, suite,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var size = new DemoDataOptions { Clients = parse.GetValue(clients), Consultations = parse.GetValue(consultations), Years = parse.GetValue(years), Seed = 2008 };
    await using var cold = await BenchmarkHost.OpenAsync(parse.GetValue(database)!, size, TimeSpan.Zero);
    await using var warm = await BenchmarkHost.OpenAsync(parse.GetValue(database)!, size, TimeSpan.FromHours(1));
    var runs = parse.GetValue(iterations);
    var chosen = parse.GetValue(suite);

    await Console.Out.WriteLineAsync($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {new FileInfo(cold.DatabasePath).Length / 1024 / 1024} MB database");
    await Console.Out.WriteLineAsync("| measurement | median ms | fastest ms | slowest ms | runs |");
    await Console.Out.WriteLineAsync("|---|---|---|---|---|");
    if (chosen is "statistics" or "all")
    {
        await StatisticsSuite.RunAsync(cold, warm, size.Years, runs, cancellationToken);
    }

    if (chosen is "reports" or "all")
    {
        await ReportsSuite.RunAsync(cold, warm, runs);
    }

    if (chosen is "search" or "all")
    {
        await SearchSuite.RunAsync(cold, parse.GetValue(sample), runs);
    }

    if (chosen is "disclosure" or "all")
    {
        await DisclosureSuite.RunAsync(warm, runs);
    }

    if (chosen is "consultations" or "all")
    {
        await ConsultationsSuite.RunAsync(cold, runs);
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();
