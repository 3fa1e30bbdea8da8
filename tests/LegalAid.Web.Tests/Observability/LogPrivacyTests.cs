using System.Text.Json;
using LegalAid.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegalAid.Web.Tests.Observability;

/// <summary>
/// The app in Production with every log category turned up to Trace, as an operator chasing a fault might: what the
/// app's own requests carry about a client (a name typed into a search, a document's name) still reaches no log line.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string Marker = "Маркерова";

    private readonly LoggedProductionApp production = new(
        new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            ["Logging:LogLevel:LegalAid.Application.Common.Behaviours"] = "Trace",
            // And a rule for one provider, which outranks every rule for none.
            [$"Logging:{typeof(LogCapture).FullName}:LogLevel:Default"] = "Trace",
        },
        LogLevel.Trace);

    public ValueTask InitializeAsync() => new(production.StartAsync());

    [Fact]
    public async Task AClientsNameInASearchOrADocumentsName_ReachesNoLogLine_EvenAtTrace()
    {
        using var client = await production.SignInAsync();
        var clientId = await client.RegisterClientAsync(Marker);
        var caseId = await client.OpenCaseAsync(clientId);
        var documentId = await (await client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload($"Паспорт {Marker}.pdf"))).CreatedIdAsync();

        var answers = new[]
        {
            await client.GetAsync($"/Clients?query={Uri.EscapeDataString(Marker)}"),
            await client.GetAsync($"/api/v1/clients?Query={Uri.EscapeDataString(Marker)}"),
            await client.GetAsync($"/api/v1/cases/{caseId}/documents/{documentId}"),
            await client.GetAsync($"/Cases/{caseId}/documents/{documentId}"),
        };

        Assert.All(answers, answer => Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode));
        Assert.Contains(production.Log.Lines, entry => Level(entry.Line) is "Trace" or "Debug");
        var leaks = production.Log.Lines.Where(entry => LogCapture.Unescaped(entry.Line).Contains(Marker, StringComparison.Ordinal)
            || entry.Line.Contains(Uri.EscapeDataString(Marker), StringComparison.OrdinalIgnoreCase)).Select(entry => $"{entry.Category}: {LogCapture.Unescaped(entry.Line)}").ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task ANameOrACalendarsSecretInTheAddress_ReachesNoLogLine_EvenAtTrace()
    {
        using var client = await production.SignInAsync();
        const string secret = "SecretMarker0123456789";

        var answers = new[]
        {
            await client.GetAsync($"/Clients/{Uri.EscapeDataString(Marker)}"),
            await client.GetAsync($"/api/v1/clients/{Uri.EscapeDataString(Marker)}"),
            await client.GetAsync($"/api/v1/calendar/{secret}.ics"),
        };

        Assert.All(answers, answer => Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode));
        Assert.Contains(production.Log.Lines, entry => entry.Line.Contains("\"RequestId\"", StringComparison.Ordinal));
        var leaks = production.Log.Lines.Where(entry => LogCapture.Unescaped(entry.Line).Contains(Marker, StringComparison.Ordinal)
            || entry.Line.Contains(Uri.EscapeDataString(Marker), StringComparison.OrdinalIgnoreCase)
            || entry.Line.Contains(secret, StringComparison.Ordinal)).Select(entry => $"{entry.Category}: {LogCapture.Unescaped(entry.Line)}").ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void TheCategoriesThatEchoARequest_StayDown_WhileTheOthersGoToTrace()
    {
        var loggers = production.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
        Assert.All(
            new[] { "Microsoft.AspNetCore.Http.Result.FileStreamResult", "Microsoft.AspNetCore.Mvc.Infrastructure.FileStreamResultExecutor", "Microsoft.AspNetCore.Routing.Matching.DfaMatcher", "Microsoft.AspNetCore.Server.Kestrel.BadRequests" },
            category => Assert.False(loggers.CreateLogger(category).IsEnabled(LogLevel.Information), category));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Connections").IsEnabled(LogLevel.Trace));
    }

    private static string Level(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("LogLevel").GetString()!;
    }

    public ValueTask DisposeAsync() => production.DisposeAsync();
}
