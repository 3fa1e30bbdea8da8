using System.Diagnostics;
using System.Globalization;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>
/// Client search as a Moscow lawyer uses it, through the MediatR pipeline (authorisation, validation, audit), over
/// the demo generator's clients. Recall: for a sample of the centre's clients, each way of writing the name in
/// <see cref="SearchVariants"/> is searched, and the client must be among the matches (paged through); for every
/// given name of the centre, the name alone in Latin must find every client of that name ("Aziz" all the Азиз).
/// Time: the first page (20 rows and the count, as the clients page shows), per query, as p50 and p95.
/// </summary>
internal static class SearchSuite
{
    private const int FirstPage = 20;
    private const int RecallPage = 100;

    public static async Task RunAsync(BenchmarkHost host, int sampleSize, int runs)
    {
        var (centreId, lawyerId) = await MoscowLawyerAsync(host);
        host.User.ActAsLawyer(centreId, lawyerId);
        var sample = await SampleAsync(host, centreId, sampleSize);

        await Console.Out.WriteLineAsync($"Recall and time of client search as a Moscow lawyer, {sample.Count} sampled clients of {await CountAsync(host, centreId):N0} at the centre");
        await Console.Out.WriteLineAsync("| query | queries | found | recall | p50 ms | p95 ms | median matches |");
        await Console.Out.WriteLineAsync("|---|---|---|---|---|---|---|");
        foreach (var client in sample.Take(10))
        {
            await SendAsync(host, new FindClients($"{client.Family} {client.Given}"));
        }

        var all = new List<Outcome>();
        var missed = new List<string>();
        foreach (var (kind, write) in Kinds)
        {
            var outcomes = new List<Outcome>();
            foreach (var client in sample)
            {
                if (write(client) is { } query)
                {
                    var outcome = await SearchAsync(host, query, client.Id);
                    outcomes.Add(outcome);
                    if (!outcome.Found)
                    {
                        missed.Add($"\"{query}\" missed {client.Family} {client.Given} {client.Patronymic}");
                    }
                }
            }

            all.AddRange(outcomes);
            await Console.Out.WriteLineAsync(Row(kind, outcomes));
        }

        await Console.Out.WriteLineAsync(Row("every query above", all));
        await GivenNamesAsync(host, centreId);
        foreach (var miss in missed)
        {
            await Console.Out.WriteLineAsync(miss);
        }

        await Console.Out.WriteLineAsync();
        await Console.Out.WriteLineAsync("| measurement | median ms | fastest ms | slowest ms | runs |");
        await Console.Out.WriteLineAsync("|---|---|---|---|---|");
        await Console.Out.WriteLineAsync((await Measure.RunAsync("the centre's clients, no query, first page", runs, () => FirstPageAsync(host, new FindClients()))).ToString());
        var phone = sample.First(c => c.Phone is not null).Phone!;
        await Console.Out.WriteLineAsync((await Measure.RunAsync("phone, the whole number as dialled in Russia (8 9xx ...)", runs, () => FirstPageAsync(host, new FindClients(Phone: "8" + phone[2..])))).ToString());
        await Console.Out.WriteLineAsync((await Measure.RunAsync("phone, its last 7 digits", runs, () => FirstPageAsync(host, new FindClients(Phone: phone[^7..])))).ToString());
        await Console.Out.WriteLineAsync((await Measure.RunAsync("\"Aziz\" (a given name alone, Latin)", runs, () => FirstPageAsync(host, new FindClients("Aziz")))).ToString());
    }

    /// <summary>Each way a lawyer may type a sampled client's name; null where it does not apply to that client.</summary>
    private static readonly (string Kind, Func<SampleClient, string?> Write)[] Kinds =
    [
        ("Cyrillic as registered: family given", c => $"{c.Family} {c.Given}"),
        ("Cyrillic, other order: given patronymic family", c => $"{c.Given} {c.Patronymic} {c.Family}"),
        ("Russian keyboard (Үсөнбаев as Усонбаев): family given", c => SearchVariants.OnRussianKeyboard($"{c.Family} {c.Given}")),
        ("English-style Latin: family given", c => SearchVariants.InEnglishLatin($"{c.Family} {c.Given}")),
        ("English-style Latin: given family", c => SearchVariants.InEnglishLatin($"{c.Given} {c.Family}")),
        ("passport Latin from the generator, other order: given family", c => c.Latin is null ? null : string.Join(' ', c.Latin.Split(' ').Reverse())),
        ("the app's folded spelling: family given patronymic", c => SearchVariants.AppFolding($"{c.Family} {c.Given} {c.Patronymic}")),
        ("3-letter prefixes in Latin: family given", c => SearchVariants.Prefixes(SearchVariants.InEnglishLatin($"{c.Family} {c.Given}"))),
        ("уулу/кызы as uly/kizi in Latin: given patronymic family", c => c.Patronymic is { } p && (p.EndsWith(" уулу", StringComparison.Ordinal) || p.EndsWith(" кызы", StringComparison.Ordinal))
            ? SearchVariants.OtherPatronymicSpelling(SearchVariants.InEnglishLatin($"{c.Given} {p} {c.Family}"))
            : null),
    ];

    /// <summary>Every given name of the centre, alone and in English-style Latin, must find all the clients of that name.</summary>
    private static async Task GivenNamesAsync(BenchmarkHost host, int centreId)
    {
        await using var scope = host.Scope();
        var names = await scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().Clients.AsNoTracking()
            .Where(c => c.RegisteringCentreId == centreId)
            .GroupBy(c => c.Name.GivenName).Select(g => new { Name = g.Key, Count = g.Count() })
            .ToListAsync();
        var (expected, found, worst, worstRecall) = (0, 0, string.Empty, 1.0);
        foreach (var name in names)
        {
            var query = SearchVariants.InEnglishLatin(name.Name);
            var matching = 0;
            for (var page = 1; ; page++)
            {
                var result = await SendAsync(host, new FindClients(query, PageNumber: page, PageSize: RecallPage));
                matching += result.Clients.Items.Count(c => c.GivenName == name.Name);
                if (page >= result.Clients.TotalPages)
                {
                    break;
                }
            }

            (expected, found) = (expected + name.Count, found + matching);
            if ((double)matching / name.Count < worstRecall)
            {
                (worst, worstRecall) = ($"{query} ({name.Name}): {matching} of {name.Count}", (double)matching / name.Count);
            }
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"| a given name alone in Latin, all {names.Count} given names of the centre (clients of that name found) | {names.Count} | {found:N0} of {expected:N0} | {(double)found / expected:P1} | | | least found: {(worst.Length == 0 ? "none missed" : worst)} |"));
    }

    private static async Task<Outcome> SearchAsync(BenchmarkHost host, string query, int clientId)
    {
        var started = Stopwatch.GetTimestamp();
        var first = await SendAsync(host, new FindClients(query, PageSize: FirstPage));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var found = first.Clients.Items.Any(c => c.Id == clientId);
        for (var page = 1; !found && page <= (first.Clients.TotalCount + RecallPage - 1) / RecallPage; page++)
        {
            found = (await SendAsync(host, new FindClients(query, PageNumber: page, PageSize: RecallPage))).Clients.Items.Any(c => c.Id == clientId);
        }

        return new Outcome(found, elapsed, first.Clients.TotalCount);
    }

    private static async Task FirstPageAsync(BenchmarkHost host, FindClients request) => await SendAsync(host, request);

    private static async Task<ClientSearchResult> SendAsync(BenchmarkHost host, FindClients request)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static string Row(string kind, List<Outcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return $"| {kind} | 0 | | | | | (no sampled client has such a name) |";
        }

        var times = outcomes.Select(o => o.Milliseconds).Order().ToList();
        var matches = outcomes.Select(o => o.Matches).Order().ToList();
        var found = outcomes.Count(o => o.Found);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {outcomes.Count} | {found} | {(double)found / outcomes.Count:P1} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.95):0.0} | {matches[matches.Count / 2]} |");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<(int CentreId, int LawyerId)> MoscowLawyerAsync(BenchmarkHost host)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var centre = await db.Centres.Where(c => c.Code == "MOW").Select(c => c.Id).SingleAsync();
        var lawyer = await db.StaffMembers.Where(s => s.CentreId == centre && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (centre, lawyer);
    }

    private static async Task<int> CountAsync(BenchmarkHost host, int centreId)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().Clients.IgnoreQueryFilters().CountAsync(c => c.RegisteringCentreId == centreId);
    }

    /// <summary>Clients spread evenly over the centre's register (every n-th by id), so every nation and name is represented.</summary>
    private static async Task<List<SampleClient>> SampleAsync(BenchmarkHost host, int centreId, int size)
    {
        await using var scope = host.Scope();
        var clients = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().Clients.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RegisteringCentreId == centreId);
        var step = Math.Max(1, await clients.CountAsync() / size);
        var ids = await clients.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var chosen = ids.Where((_, i) => i % step == 0).Take(size).ToList();
        return await clients.Where(c => chosen.Contains(c.Id)).OrderBy(c => c.Id)
            .Select(c => new SampleClient(c.Id, c.Name.FamilyName, c.Name.GivenName, c.Name.Patronymic, c.Name.LatinName, c.Phone))
            .ToListAsync();
    }

    private sealed record SampleClient(int Id, string Family, string Given, string? Patronymic, string? Latin, string? Phone);

    private sealed record Outcome(bool Found, double Milliseconds, int Matches);
}
