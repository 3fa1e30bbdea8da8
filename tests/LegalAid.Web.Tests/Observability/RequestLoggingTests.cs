using System.Text.Json;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Observability;

/// <summary>The app in Production, every request counted as slow (threshold 0 ms), its log read as the console prints it.</summary>
public sealed class RequestLoggingTests : IAsyncLifetime
{
    private const string SlowRequests = "LegalAid.Web.Observability.RequestLogScope";

    private readonly LoggedProductionApp production = new(new Dictionary<string, string> { ["Logging:SlowRequestMs"] = "0" });

    private LogCapture Log => production.Log;

    public ValueTask InitializeAsync() => new(production.StartAsync());

    [Fact]
    public async Task ASlowRequest_IsLoggedWithItsRouteTemplate_NeverItsPathOrQuery()
    {
        using var client = await production.SignInAsync();
        var clientId = await client.RegisterClientAsync();

        await client.GetAsync("/Clients?search=Үсөнбаев");
        await client.GetAsync($"/Clients/{clientId}");

        var routes = SlowRequestLines().Select(line => line.GetProperty("State").GetProperty("Route").GetString()).ToList();
        Assert.Contains("/Clients", routes);
        Assert.Contains("/Clients/{id:int}", routes);
        Assert.Contains(SlowRequestLines(), line => Message(line).StartsWith("Slow request: GET /Clients/{id:int} answered 200 in ", StringComparison.Ordinal));
        Assert.DoesNotContain(Log.Lines, entry => entry.Line.Contains("search=", StringComparison.Ordinal) || LogCapture.Unescaped(entry.Line).Contains("Үсөнбаев", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryJsonLine_CarriesTheTraceIdRequestIdAndAccountId_NotTheAccountsEmail()
    {
        using var client = await production.SignInAsync();
        var accountId = await production.Factory.InDatabaseAsync(db => Task.FromResult(db.Users.Single(u => u.Email == LegalAidFactory.LawyerMow).Id));

        await client.GetAsync("/Cases");

        var line = SlowRequestLines().Last(l => Message(l).Contains("GET /Cases", StringComparison.Ordinal));
        var scopes = line.GetProperty("Scopes").EnumerateArray().ToList();
        Assert.Contains(scopes, scope => scope.TryGetProperty("TraceId", out var id) && id.GetString()!.Trim('0').Length > 0);
        Assert.Contains(scopes, scope => scope.TryGetProperty("RequestId", out var id) && id.GetString()!.Length > 0);
        Assert.Contains(scopes, scope => scope.TryGetProperty("AccountId", out var id) && id.GetString() == accountId);
        Assert.DoesNotContain(LegalAidFactory.LawyerMow, line.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentUploadedOnTheCasePage_IsReadAfterItsFormLimitsApply_SoNoFilterWarns()
    {
        using var client = await production.SignInAsync();
        var clientId = await client.RegisterClientAsync();
        var caseId = await client.OpenCaseAsync(clientId);
        var token = (await HtmlPage.GetAsync(client, $"/Cases/{caseId}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = ApiJson.PdfUpload("договор.pdf");
        upload.Add(new StringContent(token), "__RequestVerificationToken");

        var response = await client.PostAsync($"/Cases/{caseId}?handler=Upload", upload);

        Assert.Equal($"/Cases/{caseId}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(1, await production.Factory.InDatabaseAsync(db => db.CaseDocuments.CountAsync()));
        Assert.DoesNotContain(Log.Lines, entry => entry.Category == "Microsoft.AspNetCore.Mvc.Filters.RequestFormLimitsFilter");
    }

    private List<JsonElement> SlowRequestLines() =>
        Log.Lines.Where(entry => entry.Category == SlowRequests).Select(entry => JsonDocument.Parse(entry.Line).RootElement).ToList();

    private static string Message(JsonElement line) => line.GetProperty("Message").GetString()!;

    public ValueTask DisposeAsync() => production.DisposeAsync();
}
