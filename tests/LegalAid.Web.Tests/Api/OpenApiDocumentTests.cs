using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Web.Tests.Api;

/// <summary>
/// The OpenAPI document as the app serves it. The test also writes it to <c>TestResults/openapi.json</c>, where
/// <c>.ci/run</c> lints it with Redocly's recommended rules.
/// </summary>
public sealed class OpenApiDocumentTests : WebTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task EveryOperation_HasASummaryAnIdASecurityRequirementAndASuccessResponse()
    {
        var text = await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(Path.Combine(TestResultsFolder(), "openapi.json"), text);
        var document = JsonNode.Parse(text)!;

        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        foreach (var (name, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["operationId"]), $"{name} has no operationId");
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            Assert.True(statuses.Any(s => s.StartsWith('2')), $"{name} has no 2xx response");
            if ((string?)operation["operationId"] == "GetCalendarFeed")
            {
                continue;
            }

            Assert.True(operation["security"]?.AsArray().Count == 2, $"{name} does not name both security schemes");
            Assert.Contains("401", statuses);
            Assert.Contains("403", statuses);
        }

        var feed = operations.Single(o => (string?)o.Operation["operationId"] == "GetCalendarFeed").Operation;
        Assert.Empty(feed["security"]!.AsArray());
        Assert.Equal("string", (string?)feed["responses"]!["200"]!["content"]!["text/calendar"]!["schema"]!["type"]);
        Assert.DoesNotContain("401", feed["responses"]!.AsObject().Select(r => r.Key));

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("bearer", (string?)schemes["bearer"]!["scheme"]);
        Assert.Equal("cookie", (string?)schemes["cookie"]!["in"]);
    }

    [Fact]
    public async Task ATimeOnTheCentresClock_IsDescribedWithoutAnOffset_AsTheApiSendsIt()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var sent = (string)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["centreNow"]!;

        var schemas = document["components"]!["schemas"]!;
        var centreNow = schemas["CaseDto"]!["properties"]!["centreNow"]!;
        Assert.Null(centreNow["format"]);
        Assert.Matches((string)centreNow["pattern"]!, sent);
        Assert.Null(schemas["ConsultationItem"]!["properties"]!["heldAtLocal"]!["format"]);
        Assert.Equal("date-time", (string?)schemas["ClientDto"]!["properties"]!["registeredAtUtc"]!["format"]);
    }

    [Fact]
    public async Task ATimeOfDay_IsDescribedAsTheApiReadsAndSendsIt_WithoutAnOffset()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var dueAt = document["components"]!["schemas"]!["AddDeadline"]!["properties"]!["dueAt"]!;

        Assert.Null(dueAt["format"]);
        Assert.Matches((string)dueAt["pattern"]!, "10:30");
        Assert.Matches((string)dueAt["pattern"]!, "10:30:00");
        Assert.DoesNotMatch((string)dueAt["pattern"]!, "10:30:00Z");
        Assert.DoesNotMatch((string)dueAt["pattern"]!, "24:00");
    }

    [Theory]
    [InlineData("/api/v1/statistics")]
    [InlineData("/api/v1/statistics/export")]
    public async Task AQuerysParameters_AreRequiredAsItsValidatorsRequireThem(string path)
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => (bool?)p!["required"] ?? false);

        Assert.True(parameters["From"]);
        Assert.True(parameters["To"]);
        Assert.False(parameters["Channel"]);
    }

    [Fact]
    public async Task AListOfChoices_DescribesItsItems_AsTheChoicesSchema()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var channel = document["paths"]!["/api/v1/statistics"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "Channel")!;
        var actions = document["components"]!["schemas"]!["LogConsultation"]!["properties"]!["actions"]!;

        Assert.Equal("#/components/schemas/ConsultationChannel", (string?)channel["schema"]!["items"]!["$ref"]);
        Assert.Equal("#/components/schemas/ConsultationActions", (string?)actions["items"]!["$ref"]);
    }

    [Fact]
    public async Task EveryChoice_IsAStringSchemaListingItsNames()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var choices = document["components"]!["schemas"]!.AsObject().Where(s => s.Value!["enum"] is not null).ToList();

        Assert.Contains(choices, c => c.Key == "Sex");
        Assert.All(choices, c => Assert.Equal("string", (string?)c.Value!["type"]));
        Assert.All(choices, c => Assert.All(c.Value!["enum"]!.AsArray(), name => Assert.Equal(System.Text.Json.JsonValueKind.String, name!.GetValueKind())));
    }

    [Fact]
    public async Task AnAnswersSchema_RequiresEveryPropertyTheApiWrites_ARequestsAndAProblemsDoNot()
    {
        var schemas = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!["components"]!["schemas"]!;

        var client = schemas["ClientDto"]!;
        Assert.Equal(
            client["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal),
            client["required"]!.AsArray().Select(name => (string)name!).Order(StringComparer.Ordinal));
        Assert.Contains("birthDate", client["required"]!.AsArray().Select(name => (string)name!));
        Assert.DoesNotContain("patronymic", Required(schemas["RegisterClient"]!));
        Assert.Null(schemas["RunImport"]!["required"]);
        Assert.Null(schemas["ProblemDetails"]!["required"]);
        Assert.Equal(["possibleDuplicates"], schemas["PossibleDuplicateProblem"]!["required"]!.AsArray().Select(name => (string)name!));
    }

    [Fact]
    public async Task ARequestsSchema_RequiresWhatItsValidatorsAlwaysRequire_IncludedOnesToo_ButNotWhatOnlySomeMustGive()
    {
        var schemas = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!["components"]!["schemas"]!;

        Assert.Equal(["citizenship", "consentGivenOn", "consentScopes", "familyName", "givenName", "preferredLanguage", "sex"], Required(schemas["RegisterClient"]!));
        Assert.Equal(["clientId", "primaryCategoryId"], Required(schemas["OpenCase"]!));
        Assert.Equal(["partnerId"], Required(schemas["ReferClient"]!));
        Assert.Equal(["dueOn", "type"], Required(schemas["AddDeadline"]!));
        Assert.Equal(["channel", "durationMinutes"], Required(schemas["LogConsultation"]!));
        Assert.Equal(["dueOn", "type", "version"], Required(schemas["EditDeadline"]!));
        Assert.Equal("string", (string?)schemas["AddDeadline"]!["properties"]!["dueOn"]!["type"]);
        Assert.EndsWith("/DeadlineType", (string?)schemas["AddDeadline"]!["properties"]!["type"]!["$ref"], StringComparison.Ordinal);
        Assert.Contains("null", schemas["AddDeadline"]!["properties"]!["dueAt"]!["type"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public async Task ATextsMostCharactersAndANumbersRange_AreDescribedAsTheValidatorsHoldThem()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!;

        var amount = schemas["CloseCase"]!["properties"]!["amountRecovered"]!;
        var duration = schemas["LogConsultation"]!["properties"]!["durationMinutes"]!;
        var pageSize = document["paths"]!["/api/v1/cases"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "PageSize")!["schema"]!;

        Assert.Equal(PersonName.PartMaxLength, (int?)schemas["RegisterClient"]!["properties"]!["familyName"]!["maxLength"]);
        Assert.Equal(Case.NoteMaxLength, (int?)schemas["CloseCase"]!["properties"]!["note"]!["maxLength"]);
        Assert.Equal((0m, RuleBuilderExtensions.MaxMoney), ((decimal?)amount["minimum"], (decimal?)amount["maximum"]));
        Assert.Equal((1, Consultation.MaxDurationMinutes), ((int?)duration["minimum"], (int?)duration["maximum"]));
        Assert.Equal((1, IPageRequest.MaxPageSize), ((int?)pageSize["minimum"], (int?)pageSize["maximum"]));
    }

    [Fact]
    public async Task EveryOperationThatTakesAFile_Documents413()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var uploads = Operations(document).Where(o => o.Operation["requestBody"]?["content"]?["multipart/form-data"] is not null).ToList();

        Assert.Equal(["POST /api/v1/cases/{caseId}/documents", "POST /api/v1/imports"], uploads.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.All(uploads, upload => Assert.NotNull(upload.Operation["responses"]!["413"]));
    }

    [Fact]
    public async Task EveryChangeToOneRecord_Documents409_ForAStateItDoesNotApplyTo()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var changes = Operations(document).Where(o => !o.Name.StartsWith("GET ", StringComparison.Ordinal) && o.Name.Contains('{', StringComparison.Ordinal)).ToList();

        Assert.Contains("POST /api/v1/cases/{id}/close", changes.Select(o => o.Name));
        Assert.All(changes, change => Assert.NotNull(change.Operation["responses"]!["409"]));
    }

    [Fact]
    public async Task EveryOperationThatCreatesARecord_TakesAnIdempotencyKey_ButTheDonorReportDraft()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;

        var keyed = Operations(document)
            .Where(o => o.Operation["parameters"]?.AsArray().Any(p => (string?)p!["name"] == "Idempotency-Key" && (string?)p["in"] == "header") == true)
            .Select(o => o.Name).Order(StringComparer.Ordinal).ToList();
        var creating = Operations(document)
            .Where(o => o.Operation["responses"]!["201"] is not null && o.Name != "POST /api/v1/reports/donor")
            .Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(9, keyed.Count);
        Assert.Equal(creating, keyed);
    }

    [Fact]
    public async Task TheProblemsDocumentTheFieldsTheyCarry_TheFieldErrorsOf400_TheTitleOf413And415_AndTheMatchesOfARegistrationsConflict()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!;
        JsonNode Schema(JsonNode response) => schemas[((string)response["content"]!["application/problem+json"]!["schema"]!["$ref"]!).Split('/')[^1]]!;

        var operations = Operations(document).ToList();
        Assert.All(operations, o => Assert.NotNull(Schema(o.Operation["responses"]!["400"]!)["properties"]!["errors"]));
        Assert.All(operations.Where(o => o.Operation["requestBody"] is not null), o => Assert.NotNull(Schema(o.Operation["responses"]!["415"]!)["properties"]!["title"]));
        Assert.All(operations.Where(o => o.Operation["requestBody"] is not null), o => Assert.NotNull(Schema(o.Operation["responses"]!["413"]!)["properties"]!["title"]));
        var registration = operations.Single(o => o.Name == "POST /api/v1/clients").Operation;
        var matches = Schema(registration["responses"]!["409"]!)["properties"]!["possibleDuplicates"]!;
        Assert.EndsWith("/PossibleDuplicates", (string?)matches["$ref"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRequestBody_AsksForAnIdItsAddressGives()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!;

        var checkedBodies = 0;
        foreach (var (name, operation) in Operations(document))
        {
            var inPath = (operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == "path").Select(p => (string)p!["name"]!).ToList();
            var reference = (string?)operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"];
            if (inPath.Count == 0 || reference is null)
            {
                continue;
            }

            var properties = schemas[reference.Split('/')[^1]]!["properties"]!.AsObject().Select(p => p.Key).ToList();
            Assert.True(inPath.Intersect(properties, StringComparer.OrdinalIgnoreCase).ToList() is [], $"{name}'s body asks for {string.Join(", ", inPath)} again");
            checkedBodies++;
        }

        Assert.True(checkedBodies >= 20, $"only {checkedBodies} operations take both an id in the address and a body");
        var editDeadline = schemas["EditDeadline"]!["properties"]!.AsObject();
        Assert.Contains("version", editDeadline.Select(p => p.Key));
    }

    [Fact]
    public async Task EveryBodyThatCarriesAVersion_DocumentsItAsRequired_ButAnOfferThatMayAnswerNoRequest()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!;

        var versioned = Operations(document)
            .Select(o => (string?)o.Operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"])
            .OfType<string>().Select(reference => reference.Split('/')[^1]).Distinct()
            .Where(name => schemas[name]!["properties"]!.AsObject().ContainsKey("version"))
            .ToList();
        var optional = versioned.Where(name => !(schemas[name]!["required"]?.AsArray() ?? []).Any(n => (string?)n == "version"));

        Assert.True(versioned.Count >= 20, $"only {versioned.Count} request bodies carry a version");
        Assert.Equal(["ProposeTransfer"], optional);
    }

    [Fact]
    public async Task NumbersAreDocumentedAsNumbersOnly_AndAStringForOneIsRefused()
    {
        var document = JsonNode.Parse(await (await Client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var caseId = document["components"]!["schemas"]!["CaseDto"]!["properties"]!["id"]!;

        var response = await Client.PostAsJsonAsync("/api/v1/cases", new { clientId = "1", primaryCategoryId = 6 });

        Assert.Equal("integer", (string?)caseId["type"]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]!["clientId"]);
    }

    private static List<string> Required(JsonNode schema) =>
        [.. (schema["required"]?.AsArray() ?? []).Select(name => (string)name!).Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(member => Methods.Contains(member.Key))
            .Select(member => ($"{member.Key.ToUpperInvariant()} {path.Key}", member.Value!)));

    private static string TestResultsFolder()
    {
        var results = Repository.File("TestResults");
        Directory.CreateDirectory(results);
        return results;
    }
}
