using System.Text;
using LegalAid.Application.Common.Interfaces;
using MediatR;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// Every use case sent once against the SQL Server provider with no server behind it (<see cref="OfflineSqlServerApp"/>):
/// each LINQ query must translate to T-SQL, and SQL Server's own parser must accept every command EF Core sends.
/// The fake answers one plausible row per query, so a handler that loads a record goes on past "not found"; what
/// still stops a handler early (a rule its invented data breaks, a file not on disk) is named in the output.
/// </summary>
public sealed class QueryTranslationTests
{
    [Fact]
    public async Task EveryUseCase_TranslatesForSqlServer_AndEveryCommandParses()
    {
        var requestTypes = typeof(Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToHashSet();
        var missing = requestTypes.Except(UseCaseSamples.All.Select(s => s.GetType())).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, $"Add a sample of each new use case to UseCaseSamples: {string.Join(", ", missing)}");

        await using var app = new OfflineSqlServerApp();
        var log = new StringBuilder();
        var failures = new List<string>();
        foreach (var request in UseCaseSamples.All)
        {
            var before = app.Server.Commands.Count;
            var stop = await app.SendAsync(request);
            var sent = app.Server.Commands.Skip(before).ToList();
            var name = request.GetType().Name;
            log.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {sent.Count} command(s){(stop is null ? string.Empty : $", stopped by {stop.GetType().Name}: {stop.Message}")}");
            failures.AddRange(sent.Where(c => c.ParseErrors.Count > 0).Select(c => $"{name} sent SQL that SQL Server's parser refuses: {string.Join("; ", c.ParseErrors)}\n{c.Text}"));
            if (sent.Count == 0)
            {
                failures.Add($"{name} sent no command: its first query did not run.");
            }

            if (stop is not null && !ExpectedStops.Contains(stop.GetType().Name))
            {
                failures.Add($"{name} failed: {stop}");
            }
        }

        var parsed = app.Server.Commands.Count(c => c.ParseErrors.Count == 0);
        log.Insert(0, $"{UseCaseSamples.All.Count} requests of {requestTypes.Count} request types sent; {app.Server.Commands.Count} commands captured, {parsed} parsed without errors.\n");
        TestContext.Current.TestOutputHelper?.WriteLine(log.ToString());
        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + "\n\n" + log);
    }

    /// <summary>
    /// What may stop a handler on invented rows: the rules of the domain and the Application, a document's
    /// content, which lives on disk, not in the database, and an import's report, JSON the fake cannot invent.
    /// </summary>
    private static readonly HashSet<string> ExpectedStops =
    [
        "NotFoundException", "InvalidRequestException", "DomainException", "ForbiddenAccessException", "ConcurrencyConflictException",
        "DirectoryNotFoundException", "FileNotFoundException", "JsonException",
    ];
}
