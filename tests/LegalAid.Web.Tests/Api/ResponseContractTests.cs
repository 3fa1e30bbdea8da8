using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace LegalAid.Web.Tests.Api;

/// <summary>
/// The API answers what its OpenAPI document promises, so that a client generated from the document can read every
/// answer: each status is listed for its operation, and each JSON body is valid against the schema listed for it
/// (JSON Schema 2020-12, which OpenAPI 3.1 uses), refusals included.
/// </summary>
public sealed class ResponseContractTests : WebTest
{
    private JsonNode document = null!;
    private readonly List<string> matched = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        document = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;
    }

    [Fact]
    public async Task TheLawyersCoordinatorsAndProgrammesAnswers_AreWhatTheDocumentDescribes()
    {
        var clientId = await MatchAsync("/api/v1/clients", await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient()), "id");
        var caseId = await MatchAsync("/api/v1/cases", await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, opposingPartyName = "ООО «Ромашка»", opposingPartyKind = "Employer" }), "id");
        await MatchAsync("/api/v1/cases/{caseId}/consultations", await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок" }));
        await MatchAsync("/api/v1/cases/{caseId}/deadlines", await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CallBack", dueOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        await MatchAsync("/api/v1/cases/{id}", await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { version = 0, primaryCategoryId = 6, summary = "Уточнено" }));
        await MatchAsync("/api/v1/cases/{id}", await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { version = 0, primaryCategoryId = 6, summary = "Поздно" }));
        await MatchAsync("/api/v1/cases", await Client.PostAsJsonAsync("/api/v1/cases", new { clientId = clientId + 100, primaryCategoryId = 99 }));
        await MatchAsync("/api/v1/cases/{id}", await Client.GetAsync($"/api/v1/cases/{caseId + 100}"));

        foreach (var (template, url) in new[]
        {
            ("/api/v1/clients", "/api/v1/clients?Query=Үсөнбаев"),
            ("/api/v1/clients/{id}", $"/api/v1/clients/{clientId}"),
            ("/api/v1/cases", "/api/v1/cases"),
            ("/api/v1/cases/{id}", $"/api/v1/cases/{caseId}"),
            ("/api/v1/cases/{caseId}/consultations", $"/api/v1/cases/{caseId}/consultations"),
            ("/api/v1/desk", "/api/v1/desk"),
            ("/api/v1/opposing-parties", "/api/v1/opposing-parties?Query=Ромашка"),
            ("/api/v1/lookups", "/api/v1/lookups"),
            ("/api/v1/account/sessions", "/api/v1/account/sessions"),
            ("/api/v1/transfers", "/api/v1/transfers"),
        })
        {
            await MatchAsync(template, await Client.GetAsync(url));
        }

        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        await MatchAsync("/api/v1/imports", await coordinator.GetAsync("/api/v1/imports"));

        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var year = DateTime.UtcNow.Year;
        await MatchAsync("/api/v1/statistics", await programme.GetAsync($"/api/v1/statistics?from={year}-01-01&to={year}-12-31"));
        await MatchAsync("/api/v1/reports", await programme.GetAsync("/api/v1/reports"));
        await MatchAsync("/api/v1/reports/periods", await programme.GetAsync("/api/v1/reports/periods"));

        Assert.Contains("PUT /api/v1/cases/{id} 409", matched);
        Assert.Contains("POST /api/v1/cases 400", matched);
        Assert.Contains("GET /api/v1/cases/{id} 404", matched);
    }

    [Fact]
    public async Task TransfersImportsAndDonorReports_AnswerWhatTheDocumentDescribes()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var transferId = await MatchAsync("/api/v1/transfers", await moscow.PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = LegalAidFactory.Kazan, caseIds = new[] { caseId } }), "id");
        await MatchAsync("/api/v1/transfers/{id}", await kazan.GetAsync($"/api/v1/transfers/{transferId}"));
        await MatchAsync("/api/v1/transfers/{id}/decline", await kazan.PostAsJsonAsync($"/api/v1/transfers/{transferId}/decline", new { version = 0, reason = "Нет мест." }));
        await MatchAsync("/api/v1/transfers/{id}/decline", await kazan.PostAsJsonAsync($"/api/v1/transfers/{transferId}/decline", new { version = 0, reason = "Ещё раз." }));

        var importId = await MatchAsync("/api/v1/imports", await moscow.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet)), "id");
        await MatchAsync("/api/v1/imports/{id}/check", await moscow.PostAsync($"/api/v1/imports/{importId}/check", null));
        await MatchAsync("/api/v1/imports/{id}", await moscow.GetAsync($"/api/v1/imports/{importId}"));
        await MatchAsync("/api/v1/imports/{id}/progress", await moscow.GetAsync($"/api/v1/imports/{importId}/progress"));
        await MatchAsync("/api/v1/imports/{id}/mappings", await moscow.PostAsJsonAsync($"/api/v1/imports/{importId}/mappings", new { mappings = new[] { new { kind = "Channel", text = "звонок", targetId = 2 } } }));
        await MatchAsync("/api/v1/imports/{id}/run", await moscow.PostAsJsonAsync($"/api/v1/imports/{importId}/run", new { skipRejected = false }));

        var reportId = await MatchAsync("/api/v1/reports/donor", await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2025-07-01", to = "2025-12-31", language = "ky", title = "Экинчи жарым" }), "id");
        await MatchAsync("/api/v1/reports/donor", await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-06-30", to = "2026-01-01", language = "de", title = "" }));
        await MatchAsync("/api/v1/reports/{id}/publish", await programme.PostAsJsonAsync($"/api/v1/reports/{reportId}/publish", new { version = 0 }));
        await MatchAsync("/api/v1/reports/{id}/publish", await programme.PostAsJsonAsync($"/api/v1/reports/{reportId}/publish", new { version = 0 }));

        Assert.Contains("POST /api/v1/transfers/{id}/decline 409", matched);
        Assert.Contains("POST /api/v1/reports/donor 400", matched);
        Assert.Contains("POST /api/v1/reports/{id}/publish 409", matched);
    }

    /// <summary>Checks the answer against the document, and gives back the named number of its body, if asked.</summary>
    private async Task<int> MatchAsync(string template, HttpResponseMessage response, string? numberToReturn = null)
    {
        var method = response.RequestMessage!.Method.Method;
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var name = $"{method} {template} {status}";
        var documented = document["paths"]?[template]?[method.ToLowerInvariant()]?["responses"]?[status];
        Assert.True(documented is not null, $"{name}: the document does not list this answer");

        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "(none)";
        var schema = documented["content"]?[mediaType]?["schema"];
        Assert.True(schema is not null, $"{name}: the document lists no schema for {mediaType}");
        using var answer = JsonDocument.Parse(body);
        var results = SchemaOf(schema).Evaluate(answer.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, $"{name}: {JsonSerializer.Serialize(results)}\n{body}");
        matched.Add(name);
        return numberToReturn is null ? 0 : answer.RootElement.GetProperty(numberToReturn).GetInt32();
    }

    /// <summary>The response's schema with the document's components beside it, where its references point.</summary>
    private JsonSchema SchemaOf(JsonNode schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = document["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, baseUri: new Uri($"https://legalaid.test/{Guid.NewGuid():N}"));
    }
}
