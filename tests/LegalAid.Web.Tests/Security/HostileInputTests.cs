using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LegalAid.Web.Tests.Security.HostileBodies;
using static LegalAid.Web.Tests.Security.ValueClass;

namespace LegalAid.Web.Tests.Security;

/// <summary>
/// Hostile values sent to every API operation and page handler that takes input, field by field. Each must be
/// refused without a 500, with a message that names the field (problem details' errors for the API, an error beside
/// the field or in the validation summary for pages) or, for a form that cannot be read, a message above the form,
/// and nothing may change in the database (audit rows of views and searches aside). An endpoint or page handler the
/// app maps but this suite does not list fails <see cref="TheSuite_CoversEveryEndpointAndHandlerTheAppMaps"/>.
/// </summary>
public sealed class HostileInputTests : WebTest
{
    /// <summary>
    /// Endpoints and handlers that read nothing but ids: in the route (an id that is not a number does not route), or
    /// the report a confirmation step on /Reports is about (an id not in the archive shows no step).
    /// </summary>
    private static readonly HashSet<string> TakesNoInput =
    [
        "GET /Error", "POST /Error", "GET /Language", "GET /Account/Login", "GET /Account/LoginWithCode", "GET /Account/Logout",
        "POST /Account/Logout", "GET /Account/AccessDenied", "GET /Account/ChangePassword", "GET /Account/TwoFactor",
        "POST /Account/TwoFactor?handler=Disable", "GET /Account/Tokens", "GET /Clients/Register", "GET /Clients/{id:int}",
        "GET /Clients/{id:int}/edit", "GET /Cases/{id:int}/edit", "GET /Cases/{id:int}/close",
        "GET /Cases/{id:int}/reopen", "GET /Cases/{id:int}/consultations/new", "GET /Admin/Accounts", "GET /Admin/Centres",
        "GET /Admin/Categories", "GET /Admin/Partners", "GET /Cases/{id:int}/documents/{documentId:int}", "GET /Cases/{id:int}/report",
        "GET /Reports", "GET /Reports/{id:int}/file", "GET /Admin/Retention", "POST /Admin/Retention?handler=Anonymise", "GET /Account/Sessions", "POST /Account/Sessions?handler=EndOthers", "GET /api/v1/account/sessions/", "DELETE /api/v1/account/sessions/{id:int}", "DELETE /api/v1/account/sessions/", "GET /health", "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json", "GET /api-reference/{documentName?}",
        "GET /api-reference/scalar.js", "GET /api-reference/scalar.aspnetcore.js", "GET /api-reference/favicon.svg", "GET /api/v1/lookups",
        "GET /api/v1/clients/{id:int}",
        "GET /api/v1/cases/{caseId:int}/documents/{documentId:int}",
        "POST /Transfers/Request?handler=Review", "GET /Cases/Open", "GET /Cases/reassign", "GET /Cases/{id:int}/consultations/{consultationId:int}", "GET /Cases/{id:int}/deadlines/{deadlineId:int}",
        "GET /Cases/{id:int}/referrals/{referralId:int}", "GET /Cases/{id:int}/documents/{documentId:int}/void",
        "GET /Account/Calendar", "POST /Account/Calendar?handler=Issue", "POST /Account/Calendar?handler=Revoke",
        "GET /Transfers/{id:int}", "GET /Transfers/Propose", "GET /Transfers/Request", "GET /api/v1/transfers/{id:int}",
        "GET /api/v1/calendar/{token}.ics", "HEAD /api/v1/calendar/{token}.ics", "GET /api/v1/reports/", "GET /api/v1/reports/periods", "POST /api/v1/reports/{id:int}/notify", "GET /api/v1/reports/{id:int}.pdf",
        "GET /Imports", "GET /Imports/{id:int}?handler=Progress", "GET /Imports/{id:int}?handler=Rejects", "POST /Imports/{id:int}?handler=Check",
        "POST /Imports/{id:int}?handler=Discard", "GET /Exports", "GET /api/v1/imports/", "GET /api/v1/imports/{id:int}/progress",
        "POST /api/v1/imports/{id:int}/check", "GET /api/v1/imports/{id:int}/rejects", "DELETE /api/v1/imports/{id:int}",
    ];

    private static readonly string[] AllClasses =
        [OversizedValue, OversizedBody, ManyFields, ControlCharacters, Bidi, InvalidUtf8, WrongJsonType, DeepNesting, DateOutOfRange, HugeArray, Script, BadNumber, ActiveContent];

    private readonly Dictionary<string, HttpClient> callers = [];
    private int clientId;
    private int caseId;
    private int closedCaseId;
    private int reportId;
    private int referralId;
    private int partnerId;
    private int consultationId;
    private int deadlineId;
    private int documentId;
    private int incomingId;
    private int outgoingId;
    private int importId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await Client.RegisterClientAsync();
        caseId = await Client.OpenCaseAsync(clientId, ApiJson.EarlyOpening);
        closedCaseId = await Client.OpenCaseAsync(clientId);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{closedCaseId}/close", new { version = 0, outcome = "AdviceOnly" })).EnsureSuccessStatusCode();
        callers["anonymous"] = Factory.CreateClient(new() { AllowAutoRedirect = false });
        callers[LegalAidFactory.LawyerMow] = await Factory.SignInAsync(LegalAidFactory.LawyerMow, followRedirects: false);
        callers[LegalAidFactory.CoordinatorMow] = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow, followRedirects: false);
        callers[LegalAidFactory.Programme] = await Factory.SignInAsync(LegalAidFactory.Programme, followRedirects: false);
        callers[LegalAidFactory.Admin] = await Factory.SignInAsync(LegalAidFactory.Admin, followRedirects: false);

        var partners = await HtmlPage.GetAsync(callers[LegalAidFactory.Admin], "/Admin/Partners");
        await HtmlPage.SubmitAsync(callers[LegalAidFactory.Admin], partners, new Dictionary<string, string> { ["Input.Name"] = "Трудовая инспекция", ["Input.NameKy"] = "Эмгек инспекциясы", ["Input.NameEn"] = "Labour inspectorate" });
        partnerId = await Factory.InDatabaseAsync(db => db.PartnerOrganisations.Select(p => p.Id).FirstAsync());
        referralId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { partnerId })).CreatedIdAsync();
        consultationId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок" })).CreatedIdAsync();
        deadlineId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CallBack", dueOn = "2026-12-01" })).CreatedIdAsync();
        documentId = await (await Client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("договор.pdf"))).CreatedIdAsync();
        reportId = await (await callers[LegalAidFactory.Programme].PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Q1" })).CreatedIdAsync();

        // A transfer Moscow's coordinator may cancel (its own proposal), and one Moscow may accept or decline (Kazan's).
        outgoingId = await (await callers[LegalAidFactory.CoordinatorMow].PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = LegalAidFactory.Kazan, caseIds = new[] { caseId } })).CreatedIdAsync();
        using var kazanLawyer = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        var kazanClient = await (await kazanLawyer.PostAsJsonAsync("/api/v1/clients", With(Obj(ApiJson.NewClient("Юлдашев")), "notADuplicate", true))).CreatedIdAsync();
        using var kazanCoordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        incomingId = await (await kazanCoordinator.PostAsJsonAsync("/api/v1/transfers", new { clientId = kazanClient, toCentreId = LegalAidFactory.Moscow, caseIds = Array.Empty<int>() })).CreatedIdAsync();
        importId = await CheckedImportAsync();
    }

    /// <summary>A checked import of the Moscow coordinator: one row to import, one with a channel to map.</summary>
    private async Task<int> CheckedImportAsync()
    {
        var coordinator = callers[LegalAidFactory.CoordinatorMow];
        var token = (await HtmlPage.GetAsync(coordinator, "/Imports")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = "Фамилия;Имя;Пол;Гражданство;Согласие дано;Проблема;Дата консультации;Канал;Юрист;Длительность, мин;Содержание\n" +
            "Үсөнбаев;Нурлан;М;Кыргызстан;01.03.2026;unpaid-wages;10.03.2026;Лично;Тест Lawyer 1;45;Претензия\n" +
            "Мамытова;Айгүл;Ж;Кыргызстан;01.03.2026;unpaid-wages;11.03.2026;звонок;Тест Lawyer 1;30;Звонок\n";
        using var uploaded = await coordinator.PostAsync("/Imports?handler=Upload", Upload(Encoding.UTF8.GetBytes(file), "клиенты.csv", [new("__RequestVerificationToken", token)]));
        var id = int.Parse(uploaded.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        using var check = new HttpRequestMessage(HttpMethod.Post, $"/Imports/{id}?handler=Check") { Content = HostileBodies.Form([new("__RequestVerificationToken", token)]) };
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SendAsync(check)).StatusCode);
        return id;
    }

    [Fact]
    public async Task TheCalendarFeed_AnswersNotFoundToAnyAddressItDidNotIssue()
    {
        var anonymous = callers["anonymous"];
        foreach (var token in new[] { new string('ж', 5000), "%01%02", "..%2F..%2Fetc", Uri.EscapeDataString(Payload), "AAAA" })
        {
            using var response = await anonymous.GetAsync($"/api/v1/calendar/{token}.ics", TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{token}: {response.StatusCode}");
            Assert.DoesNotContain(Payload, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSuite_CoversEveryEndpointAndHandlerTheAppMaps()
    {
        var mapped = await MappedHandlersAsync();
        var covered = Targets().Select(t => t.Key).ToHashSet();

        Assert.Empty(mapped.Except(covered).Except(TakesNoInput));
        Assert.Empty(covered.Concat(TakesNoInput).Except(mapped));
        Assert.Empty(covered.Intersect(TakesNoInput));
    }

    [Fact]
    public async Task EveryHostileValue_IsRefusedByField_WithoutAnErrorPage_AndChangesNothing()
    {
        var failures = new List<string>();
        var sent = 0;
        var targets = Targets();
        await LoadFormsAsync();
        foreach (var target in targets)
        {
            var before = await DataChecksumAsync();
            foreach (var hostile in target.Cases)
            {
                using var request = hostile.Request();
                using var response = await callers[target.Caller].SendAsync(request, TestContext.Current.CancellationToken);
                sent++;
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                if (Judge(hostile, response, body) is { } problem)
                {
                    failures.Add($"{target.Key}: {hostile}: {problem}");
                }
            }

            if ((await DataChecksumAsync()).Except(before).ToList() is { Count: > 0 } changed)
            {
                failures.Add($"{target.Key}: its hostile requests changed the table(s) {string.Join(", ", changed.Select(t => t.Split('=')[0]))}");
            }
        }

        var classes = targets.SelectMany(t => t.Cases).Select(c => c.Class).Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{targets.Count(t => !t.IsPage)} API operations, {targets.Count(t => t.IsPage)} page handlers, {classes} value classes, {sent} requests");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(AllClasses.Length, classes);
    }

    private static string? Judge(HostileCase hostile, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"answered {status}";
        }

        if (hostile.Expect.Status is { } expected && status != expected)
        {
            return $"expected {expected}, got {status}";
        }

        if (body.Contains(Payload, StringComparison.Ordinal))
        {
            return "echoed the script payload unencoded";
        }

        if (status is 301 or 302 or 303)
        {
            return hostile.Expect.Status == status && response.Headers.Location is { IsAbsoluteUri: false } ? null : $"redirected to {response.Headers.Location}";
        }

        var isApi = response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);
        return isApi ? JudgeApi(hostile, status, body) : JudgePage(hostile, status, body);
    }

    private static string? JudgeApi(HostileCase hostile, int status, string body)
    {
        if (body.Contains("System.", StringComparison.Ordinal) || body.Contains("`1", StringComparison.Ordinal))
        {
            return "exposed a .NET type name: " + Shorten(body);
        }

        if (response4xxWithoutProblem(status, body))
        {
            return $"answered {status} without a problem body";
        }

        if (hostile.Expect.Field is not { } field)
        {
            return null;
        }

        var errors = (body.StartsWith('{') ? JsonNode.Parse(body) as JsonObject : null)?["errors"] as JsonObject;
        var messages = errors?.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase) || e.Key.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)).Value as JsonArray;
        return status == 400 && messages is { Count: > 0 } ? null : $"expected 400 with an error for '{field}', got {status}: {Shorten(body)}";

        static bool response4xxWithoutProblem(int status, string body) => status >= 400 && !body.Contains("\"title\"", StringComparison.Ordinal);
    }

    private static string? JudgePage(HostileCase hostile, int status, string body)
    {
        if (status is not (200 or 400))
        {
            return $"answered {status} instead of the form with its errors";
        }

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        var summary = page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        if (hostile.Expect.Field is { } field && page.QuerySelector($"[data-valmsg-for='{field}']") is { } span)
        {
            if (span.TextContent.Trim().Length == 0)
            {
                return $"no error beside {field}; summary: {string.Join(" | ", summary)}";
            }

            return ErrorSummaryLink.FieldOf(page, field) is null ? $"the summary's error for {field} does not lead to its field" : null;
        }

        return summary.Count > 0 ? null : $"no error shown (field {hostile.Expect.Field ?? "form"}): {Shorten(page.QuerySelector("main")?.TextContent ?? body)}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Every table but the audit trail (its entries and the head of its chain) and the sessions (whose last-seen time moves), as "name=hash of its rows".</summary>
    private Task<HashSet<string>> DataChecksumAsync() => Factory.InDatabaseAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('AuditEntries', 'AuditChainHeads', 'UserSessions', 'sqlite_sequence', '__EFMigrationsHistory') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var checksums = new HashSet<string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + "\u001f"));
                }
            }

            checksums.Add($"{table}={Convert.ToHexString(hash.GetHashAndReset())}");
        }

        return checksums;
    });

    private async Task<HashSet<string>> MappedHandlersAsync()
    {
        var keys = new HashSet<string>();
        var loader = Factory.Services.GetRequiredService<PageLoader>();
        foreach (var (endpoint, pattern) in AppRoutes.Of(Factory.Services))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (pattern.EndsWith("/Index", StringComparison.Ordinal))
                {
                    continue;
                }

                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    keys.Add($"{handler.HttpMethod.ToUpperInvariant()} {pattern}" + (handler.Name is null ? string.Empty : $"?handler={handler.Name}"));
                }

                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                keys.Add($"{method} {pattern}");
            }
        }

        return keys;
    }

    private sealed record Target(string Key, string Caller, IReadOnlyList<HostileCase> Cases)
    {
        public bool IsPage => !Key.Contains(" /api/", StringComparison.Ordinal);
    }

    private List<Target> Targets()
    {
        var lawyer = LegalAidFactory.LawyerMow;
        var programme = LegalAidFactory.Programme;
        var admin = LegalAidFactory.Admin;
        var coordinator = LegalAidFactory.CoordinatorMow;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiJson.NewClient()))!.AsObject();
        var c = $"/api/v1/cases/{caseId}";
        var page = $"/Cases/{caseId}";

        return
        [
            Api("POST /api/v1/clients/", lawyer, "POST", "/api/v1/clients", client, text: "familyName", name: "familyName", date: "consentGivenOn", list: "consentScopes", number: "birthYear", choice: "sex"),
            Api("PUT /api/v1/clients/{id:int}", lawyer, "PUT", $"/api/v1/clients/{clientId}", With(client, "version", 999), text: "regionOfOrigin", name: "givenName", date: "dateOfBirth", list: "consentScopes", number: "version", choice: "sex"),
            Api("POST /api/v1/cases/", lawyer, "POST", "/api/v1/cases", Obj(new { clientId, primaryCategoryId = 6 }), text: "summary", name: "opposingPartyName", date: "openedOn", list: "otherCategoryIds", number: "amountClaimed", choice: "opposingPartyKind"),
            Api("PUT /api/v1/cases/{id:int}", lawyer, "PUT", c, Obj(new { version = 999, primaryCategoryId = 6 }), text: "summary", name: "opposingPartyName", date: "openedOn", list: "otherCategoryIds", number: "amountClaimed", choice: "opposingPartyKind"),
            Api("POST /api/v1/cases/{id:int}/close", lawyer, "POST", $"{c}/close", Obj(new { version = 999, outcome = "AdviceOnly" }), text: "note", date: "closedOn", number: "amountRecovered", choice: "outcome"),
            Api("POST /api/v1/cases/{id:int}/reopen", lawyer, "POST", $"{c}/reopen", Obj(new { version = 999 }), text: "note", date: "reopenedOn", number: "version"),
            Api("POST /api/v1/cases/reassign", coordinator, "POST", "/api/v1/cases/reassign", Obj(new { fromLawyerId = Factory.LawyerOf[LegalAidFactory.Moscow] }), number: "toLawyerId"),
            Api("POST /api/v1/cases/{caseId:int}/consultations", lawyer, "POST", $"{c}/consultations", Obj(new { channel = "Phone", durationMinutes = 30 }), text: "summary", date: "followUpOn", list: "categoryIds", number: "durationMinutes", choice: "channel", moment: "heldAt"),
            Api("PUT /api/v1/cases/{caseId:int}/consultations/{consultationId:int}", lawyer, "PUT", $"{c}/consultations/{consultationId}", Obj(new { version = 999, channel = "Phone", durationMinutes = 30, summary = "Звонок" }),
                text: "summary", date: "followUpOn", list: "categoryIds", number: "durationMinutes", choice: "channel"),
            Api("POST /api/v1/cases/{caseId:int}/consultations/{consultationId:int}/void", lawyer, "POST", $"{c}/consultations/{consultationId}/void", Obj(new { version = 999, reason = "Ошибка" }), text: "reason", number: "version"),
            Api("POST /api/v1/cases/{caseId:int}/deadlines", lawyer, "POST", $"{c}/deadlines", Obj(new { type = "CallBack", dueOn = today }), text: "note", name: "place", date: "dueOn", choice: "type"),
            Api("PUT /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}", lawyer, "PUT", $"{c}/deadlines/{deadlineId}", Obj(new { version = 999, type = "CallBack", dueOn = today }), text: "note", name: "place", date: "dueOn", choice: "type"),
            Api("POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/void", lawyer, "POST", $"{c}/deadlines/{deadlineId}/void", Obj(new { version = 999, reason = "Ошибка" }), text: "reason", number: "version"),
            Api("POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/done", lawyer, "POST", $"{c}/deadlines/{deadlineId}/done", Obj(new { version = 999 }), number: "version"),
            Api("POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/reopen", lawyer, "POST", $"{c}/deadlines/{deadlineId}/reopen", Obj(new { version = 999 }), number: "version"),
            Api("POST /api/v1/cases/{caseId:int}/documents/{documentId:int}/void", lawyer, "POST", $"{c}/documents/{documentId}/void", Obj(new { version = 999, reason = "Ошибка" }), text: "reason", number: "version"),
            Api("PUT /api/v1/cases/{caseId:int}/referrals/{referralId:int}", lawyer, "PUT", $"{c}/referrals/{referralId}", Obj(new { version = 999, partnerId, referredOn = today }), text: "note", date: "referredOn", number: "partnerId"),
            Api("POST /api/v1/cases/{caseId:int}/referrals/{referralId:int}/void", lawyer, "POST", $"{c}/referrals/{referralId}/void", Obj(new { version = 999, reason = "Ошибка" }), text: "reason", number: "version"),
            Api("POST /api/v1/cases/{caseId:int}/referrals", lawyer, "POST", $"{c}/referrals", Obj(new { partnerId = 1 }), text: "note", date: "referredOn", number: "partnerId"),
            Api("POST /api/v1/cases/{caseId:int}/referrals/{referralId:int}/result", lawyer, "POST", $"{c}/referrals/{referralId}/result", Obj(new { version = 0, result = "Helped" }), text: "note", date: "resultOn", choice: "result"),
            Api("POST /api/v1/clients/{id:int}/consent/withdraw", lawyer, "POST", $"/api/v1/clients/{clientId}/consent/withdraw", Obj(new { version = 999 }), date: "consentWithdrawnOn", number: "version"),
            Api("POST /api/v1/reports/donor", programme, "POST", "/api/v1/reports/donor", Obj(new { from = "2026-01-01", to = "2026-03-31", title = "Q1" }), text: "introduction", name: "title", date: "from", list: "centre"),
            Api("POST /api/v1/reports/{id:int}/publish", programme, "POST", $"/api/v1/reports/{reportId}/publish", Obj(new { version = 1 }), number: "version"),
            Api("POST /api/v1/reports/{id:int}/withdraw", programme, "POST", $"/api/v1/reports/{reportId}/withdraw", Obj(new { version = 1, reason = "Ошибка в таблице" }), text: "reason", number: "version"),
            Query("GET /api/v1/clients/", lawyer, "/api/v1/clients", text: "query", date: "dateOfBirth", number: "pageSize"),
            Query("GET /api/v1/cases/", lawyer, "/api/v1/cases", date: "openedFrom", number: "pageNumber", choice: "status"),
            Query("GET /api/v1/cases/{id:int}", lawyer, c, choice: "includeVoided"),
            Query("GET /api/v1/cases/{caseId:int}/consultations", lawyer, $"{c}/consultations", choice: "includeVoided"),
            Query("GET /api/v1/statistics/", programme, "/api/v1/statistics?from=2026-01-01&to=2026-03-31", date: "to", list: "centre", choice: "sex"),
            Query("GET /api/v1/statistics/export", programme, "/api/v1/statistics/export?from=2026-01-01&to=2026-03-31&format=Csv", text: "table", date: "from", list: "lawyer", choice: "format"),
            Query("GET /api/v1/exports/clients", coordinator, "/api/v1/exports/clients?format=Csv", date: "from", choice: "format"),
            Query("GET /api/v1/exports/cases", coordinator, "/api/v1/exports/cases?format=Csv", date: "to", number: "lawyerId", choice: "status"),
            Query("GET /api/v1/exports/consultations", coordinator, "/api/v1/exports/consultations?format=Xlsx", date: "from", number: "categoryId", choice: "channel"),
            Query("GET /api/v1/opposing-parties", lawyer, "/api/v1/opposing-parties", text: "query", number: "pageSize"),
            Query("GET /api/v1/desk", lawyer, "/api/v1/desk", number: "duePage"),
            Query("GET /api/v1/transfers/", coordinator, "/api/v1/transfers", number: "pageNumber"),
            Api("POST /api/v1/transfers/requests", lawyer, "POST", "/api/v1/transfers/requests", Obj(new { centreCode = "KZN", familyName = "Юлдашев", givenName = "Азиз" }), text: "note", name: "familyName", date: "dateOfBirth", number: "birthYear"),
            Api("POST /api/v1/transfers/", coordinator, "POST", "/api/v1/transfers", Obj(new { clientId, toCentreId = 3, caseIds = new[] { caseId } }), text: "note", list: "caseIds", number: "toCentreId"),
            Api("POST /api/v1/transfers/{id:int}/accept", coordinator, "POST", $"/api/v1/transfers/{incomingId}/accept", Obj(new { version = 999, assignedLawyerId = 1 }), number: "assignedLawyerId"),
            Api("POST /api/v1/transfers/{id:int}/decline", coordinator, "POST", $"/api/v1/transfers/{incomingId}/decline", Obj(new { version = 999, reason = "Нет мест." }), text: "reason", number: "version"),
            Api("POST /api/v1/transfers/{id:int}/cancel", coordinator, "POST", $"/api/v1/transfers/{outgoingId}/cancel", Obj(new { version = 999 }), text: "reason", number: "version"),
            Query("GET /api/v1/cases/{caseId:int}/report.pdf", lawyer, $"{c}/report.pdf", text: "language"),
            Query("GET /api/v1/reports/centre-monthly.pdf", coordinator, "/api/v1/reports/centre-monthly.pdf?year=2026&month=1", text: "language", number: "year"),
            Uploads("POST /api/v1/cases/{caseId:int}/documents", lawyer, $"{c}/documents", nameField: "file", fileField: "file", tooLarge: new Expectation("file")),

            Form("POST /Clients/Register", lawyer, "/Clients/Register", text: "Input.RegionOfOrigin", name: "Input.FamilyName", date: "Input.ConsentGivenOn", number: "Input.BirthYear"),
            Form("POST /Clients/{id:int}/edit", lawyer, $"/Clients/{clientId}/edit", text: "Input.MessengerContact", name: "Input.GivenName", date: "Input.DateOfBirth", number: "Input.BirthYear"),
            Form("POST /Clients/{id:int}?handler=WithdrawConsent", lawyer, $"/Clients/{clientId}", "WithdrawConsent", date: "Withdrawal.ConsentWithdrawnOn", number: "Withdrawal.Version",
                form: "#consent form", fields: [new("Withdrawal.Version", "999"), new("WithdrawalConfirmed", "true")]),
            Form("POST /Cases/Open", lawyer, $"/Cases/Open?clientId={clientId}", text: "Input.Summary", name: "Input.OpposingPartyName", date: "Input.OpenedOn", number: "Input.AmountClaimed"),
            Form("POST /Cases/{id:int}/edit", lawyer, $"{page}/edit", text: "Input.Summary", name: "Input.OpposingPartyName", date: "Input.OpenedOn", number: "Input.AmountClaimed"),
            Form("POST /Cases/{id:int}/close", lawyer, $"{page}/close", text: "Input.Note", date: "Input.ClosedOn", number: "Input.AmountRecovered"),
            Form("POST /Cases/{id:int}/reopen", lawyer, $"/Cases/{closedCaseId}/reopen", text: "Input.Note", date: "Input.ReopenedOn"),
            Form("POST /Cases/reassign", coordinator, $"/Cases/reassign?from={Factory.LawyerOf[LegalAidFactory.Moscow]}", number: "Input.ToLawyerId"),
            Form("POST /Cases/{id:int}/consultations/new", lawyer, $"{page}/consultations/new", text: "Input.Summary", date: "Input.FollowUpOn", number: "Input.DurationMinutes"),
            Form("POST /Cases/{id:int}?handler=AddDeadline", lawyer, page, "AddDeadline", text: "Deadline.Note", name: "Deadline.Place", date: "Deadline.DueOn", form: "#add-deadline-form"),
            Form("POST /Cases/{id:int}?handler=CompleteDeadline", lawyer, page, "CompleteDeadline", number: "version", fields: [new("deadlineId", deadlineId.ToString(CultureInfo.InvariantCulture))]),
            Form("POST /Cases/{id:int}?handler=ReopenDeadline", lawyer, page, "ReopenDeadline", number: "version", fields: [new("deadlineId", deadlineId.ToString(CultureInfo.InvariantCulture))]),
            Form("POST /Cases/{id:int}/consultations/{consultationId:int}", lawyer, $"{page}/consultations/{consultationId}", text: "Input.Summary", date: "Input.FollowUpOn", number: "Input.DurationMinutes", form: "#edit-form"),
            Form("POST /Cases/{id:int}/consultations/{consultationId:int}?handler=Void", lawyer, $"{page}/consultations/{consultationId}", "Void", text: "Void.Reason", number: "Void.Version", form: "#void-form"),
            Form("POST /Cases/{id:int}/deadlines/{deadlineId:int}", lawyer, $"{page}/deadlines/{deadlineId}", text: "Input.Note", name: "Input.Place", date: "Input.DueOn", form: "#edit-form"),
            Form("POST /Cases/{id:int}/deadlines/{deadlineId:int}?handler=Void", lawyer, $"{page}/deadlines/{deadlineId}", "Void", text: "Void.Reason", number: "Void.Version", form: "#void-form"),
            Form("POST /Cases/{id:int}/referrals/{referralId:int}", lawyer, $"{page}/referrals/{referralId}", text: "Input.Note", date: "Input.ReferredOn", number: "Input.PartnerId", form: "#edit-form"),
            Form("POST /Cases/{id:int}/referrals/{referralId:int}?handler=Void", lawyer, $"{page}/referrals/{referralId}", "Void", text: "Void.Reason", number: "Void.Version", form: "#void-form"),
            Form("POST /Cases/{id:int}/documents/{documentId:int}/void?handler=Void", lawyer, $"{page}/documents/{documentId}/void", "Void", text: "Void.Reason", number: "Void.Version", form: "#void-form"),
            Uploads("POST /Cases/{id:int}?handler=Upload", lawyer, $"{page}?handler=Upload", nameField: "File", fileField: "File", tooLarge: new Expectation(null)),
            Form("POST /Cases/{id:int}?handler=Refer", lawyer, page, "Refer", text: "Referral.Note", date: "Referral.ReferredOn", number: "Referral.PartnerId", form: "#referrals form"),
            Form("POST /Cases/{id:int}?handler=ReferralResult", lawyer, page, "ReferralResult", text: "ReferralResult.Note", date: "ReferralResult.ResultOn", fields: [new("ReferralResult.ReferralId", referralId.ToString(CultureInfo.InvariantCulture)), new("ReferralResult.Result", "Helped")]),
            Form("POST /Reports?handler=Generate", programme, "/Reports", "Generate", text: "Input.Introduction", name: "Input.Title", date: "Input.From",
                fields: [new("Period", "custom"), new("Input.From", "2026-01-01"), new("Input.To", "2026-03-31"), new("Input.Title", "Q1"), new("Input.Language", "en")]),
            Form("POST /Reports?handler=Publish", programme, "/Reports", "Publish", number: "version", fields: [new("id", reportId.ToString(CultureInfo.InvariantCulture))]),
            Form("POST /Reports?handler=Withdraw", programme, "/Reports", "Withdraw", text: "Reason", number: "version",
                fields: [new("id", reportId.ToString(CultureInfo.InvariantCulture)), new("Reason", "Ошибка в таблице")]),
            Form("POST /Reports?handler=Notify", programme, "/Reports", "Notify", number: "id", fields: []),
            Form("POST /Admin/Accounts?handler=Create", admin, "/Admin/Accounts", "Create", text: "Input.Email", name: "Input.DisplayName", form: "main form[method=post]"),
            Form("POST /Admin/Accounts?handler=Lock", admin, "/Admin/Accounts", "Lock", fields: [new("userId", "no-such-user"), new("locked", "true")], number: "locked"),
            Form("POST /Admin/Accounts?handler=Reset", admin, "/Admin/Accounts", "Reset", fields: [new("userId", "no-such-user")]),
            Form("POST /Admin/Accounts?handler=Role", admin, "/Admin/Accounts", "Role", text: "role", fields: [new("userId", "no-such-user")]),
            Form("POST /Admin/Accounts?handler=EndSessions", admin, "/Admin/Accounts", "EndSessions", fields: [new("userId", "no-such-user")]),
            Form("POST /Admin/Centres", admin, "/Admin/Centres", text: "Input.Address", name: "Input.Name", fields: [new("Input.Id", "1"), new("Input.Name", "Москва"), new("Input.NameKy", "Москва"), new("Input.NameEn", "Moscow"), new("Input.Address", "ул. Тверская, 1")]),
            Form("POST /Admin/Categories", admin, "/Admin/Categories", text: "Input.Code", name: "Input.NameKy"),
            Form("POST /Admin/Erase", admin, $"/Admin/Erase?clientId={clientId}", text: "Input.Reason", number: "Input.ClientId", form: "#erase-form"),
            Form("POST /Admin/Partners", admin, "/Admin/Partners", text: "Input.Contact", name: "Input.Name"),
            Form("POST /Account/Login", "anonymous", "/Account/Login", text: "Input.Email", fields: [new("Input.Password", "x")]),
            Form("POST /Account/LoginWithCode", "anonymous", "/Account/LoginWithCode", text: "Input.Code"),
            Form("POST /Account/ChangePassword", lawyer, "/Account/ChangePassword", text: "Input.ConfirmPassword", fields: [new("Input.CurrentPassword", "wrong"), new("Input.NewPassword", "another horse battery staple")]),
            Form("POST /Account/Tokens?handler=Issue", lawyer, "/Account/Tokens", "Issue", name: "Input.Name", number: "Input.DaysValid"),
            Form("POST /Account/Tokens?handler=Revoke", lawyer, "/Account/Tokens", "Revoke", number: "id", fields: []),
            Form("POST /Account/Sessions?handler=End", lawyer, "/Account/Sessions", "End", number: "id", fields: []),
            Form("POST /Account/TwoFactor?handler=Enable", lawyer, "/Account/TwoFactor", "Enable", text: "Input.Code"),
            LanguageSwitch(),

            Filter("GET /", lawyer, "/", number: "DuePage"),
            Filter("GET /Transfers", coordinator, "/Transfers", number: "PageNumber"),
            Form("POST /Transfers/Request", lawyer, "/Transfers/Request", text: "Input.Note", name: "Input.FamilyName", date: "Input.DateOfBirth", number: "Input.BirthYear",
                fields: [new("Input.CentreCode", "KZN"), new("Input.FamilyName", "Юлдашев"), new("Input.GivenName", "Азиз")]),
            Form("POST /Transfers/Propose", coordinator, $"/Transfers/Propose?clientId={clientId}", text: "Input.Note", number: "Input.ToCentreId"),
            Form("POST /Transfers/{id:int}?handler=Accept", coordinator, $"/Transfers/{incomingId}", "Accept", number: "Accept.AssignedLawyerId", form: "#accept-form"),
            Form("POST /Transfers/{id:int}?handler=Decline", coordinator, $"/Transfers/{incomingId}", "Decline", text: "Decline.Reason", form: "#decline-form"),
            Form("POST /Transfers/{id:int}?handler=Cancel", coordinator, $"/Transfers/{outgoingId}", "Cancel", text: "Cancel.Reason", form: "#cancel-form"),
            Filter("GET /Clients", lawyer, "/Clients", text: "Query", date: "DateOfBirth", number: "PageSize"),
            Filter("GET /Cases", lawyer, "/Cases", date: "OpenedFrom", number: "PageNumber", choice: "Status"),
            Filter("GET /Cases/{id:int}", lawyer, page, choice: "voided"),
            Filter("GET /OpposingParties", lawyer, "/OpposingParties", text: "Query", number: "PageSize"),
            Filter("GET /Statistics", programme, "/Statistics?From=2026-01-01&To=2026-03-31", date: "To", list: "Centre", choice: "Sex"),
            Filter("GET /Statistics?handler=Export", programme, "/Statistics?handler=Export&format=Csv&From=2026-01-01&To=2026-03-31", text: "table", date: "From", list: "Lawyer", choice: "format"),
            Filter("GET /Audit", admin, "/Audit", text: "User", date: "From", number: "PageNumber", choice: "Action"),
            Filter("GET /Audit?handler=Export", admin, "/Audit?handler=Export", text: "User", date: "To", choice: "Action"),
            Filter("GET /Admin/Erase", admin, "/Admin/Erase", number: "clientId"),
            Filter("GET /CentreReport", coordinator, "/CentreReport", text: "Month"),
            Filter("GET /CentreReport?handler=Download", coordinator, "/CentreReport?handler=Download", text: "Language"),
            Filter("GET /Imports?handler=Template", coordinator, "/Imports?handler=Template&format=Xlsx", text: "language", choice: "format"),
            Filter("GET /Imports/{id:int}", coordinator, $"/Imports/{importId}", number: "PageNumber"),
            ImportUploads("POST /Imports?handler=Upload", coordinator, "/Imports?handler=Upload", "FileName", "Content"),
            ImportUploads("POST /api/v1/imports/", coordinator, "/api/v1/imports", "file", "file"),
            Query("GET /api/v1/imports/template", coordinator, "/api/v1/imports/template?format=Csv", text: "language", choice: "format"),
            Query("GET /api/v1/imports/{id:int}", coordinator, $"/api/v1/imports/{importId}", number: "pageSize", choice: "onlyRejected"),
            Api("POST /api/v1/imports/{id:int}/mappings", coordinator, "POST", $"/api/v1/imports/{importId}/mappings",
                Obj(new { mappings = new[] { new { kind = "Channel", text = "звонок", targetId = 2 } } }), list: "mappings"),
            Api("POST /api/v1/imports/{id:int}/run", coordinator, "POST", $"/api/v1/imports/{importId}/run", Obj(new { skipRejected = false }), choice: "skipRejected"),
            Filter("GET /Exports?handler=Clients", coordinator, "/Exports?handler=Clients&format=Csv", date: "from", choice: "format"),
            Filter("GET /Exports?handler=Cases", coordinator, "/Exports?handler=Cases&format=Csv", date: "to", number: "lawyerId", choice: "status"),
            Filter("GET /Exports?handler=Consultations", coordinator, "/Exports?handler=Consultations&format=Xlsx", date: "from", number: "categoryId", choice: "channel"),
            Form("POST /Imports/{id:int}?handler=Mappings", coordinator, $"/Imports/{importId}", "Mappings", text: "Mappings[0].Text", number: "Mappings[0].TargetId",
                form: "form[action*='handler=Mappings']", fields: [new("Mappings[0].Kind", "Channel"), new("Mappings[0].Text", "звонок"), new("Mappings[0].TargetId", "2")]),
            Form("POST /Imports/{id:int}?handler=Run", coordinator, $"/Imports/{importId}", "Run", number: "skipRejected", fields: [new("skipRejected", "false")]),
        ];
    }

    private static JsonObject Obj(object value) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value))!.AsObject();

    private static JsonObject With(JsonObject body, string field, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }

    /// <summary>A JSON operation: each given field gets the values of its kind; every operation gets the body-wide ones.</summary>
    private static Target Api(string key, string caller, string method, string url, JsonObject valid,
        string? text = null, string? name = null, string? date = null, string? list = null, string? number = null, string? choice = null, string? moment = null)
    {
        var cases = new List<HostileCase>();
        void Add(string cls, string field, Func<HttpContent> body) =>
            cases.Add(new HostileCase(cls, field, () => new HttpRequestMessage(new HttpMethod(method), url) { Content = body() }, new Expectation(field)));
        void Set(string cls, string field, JsonNode? value, JsonObject? baseBody = null) =>
            Add(cls, field, () => JsonBody(With(baseBody ?? valid, field, value).ToJsonString()));

        // A body that would otherwise be saved is spoilt by one more refused field, so the hostile one only has to be refused by name.
        var field0 = text ?? name ?? date ?? number ?? choice ?? list!;
        if (text is not null)
        {
            Set(OversizedValue, text, new string('ж', 1_000_000));
            Set(ControlCharacters, text, Controls);
            Add(InvalidUtf8, text, () => Bytes(WithRawFF(With(valid, text, "Ali_FF_ev").ToJsonString().Replace("_FF_", RawFF, StringComparison.Ordinal)), "application/json"));
        }

        if (name is not null)
        {
            Set(Bidi, name, Reversed);
            Set(Script, name, Payload + Controls);
        }

        if (date is not null)
        {
            Set(DateOutOfRange, date, "0001-01-01");
            Set(DateOutOfRange, date, "9999-12-31");
            Set(WrongJsonType, date, "yesterday");
        }

        if (moment is not null)
        {
            Set(DateOutOfRange, moment, "0001-01-01T10:00");
        }

        if (list is not null)
        {
            Add(HugeArray, list, () => JsonBody(With(valid, list, 0).ToJsonString().Replace($"\"{list}\":0", $"\"{list}\":{ManyIds(100_000)}", StringComparison.Ordinal)));
        }

        if (number is not null)
        {
            Set(BadNumber, number, 99_999_999_999_999);
            Set(WrongJsonType, number, "many");
        }

        if (choice is not null)
        {
            Set(WrongJsonType, choice, 42);
            Set(WrongJsonType, choice, "Robot");
        }

        Add(DeepNesting, field0, () => JsonBody(With(valid, field0, 0).ToJsonString().Replace($"\"{field0}\":0", $"\"{field0}\":{Nested(200)}", StringComparison.Ordinal)));
        Add(ManyFields, field0, () =>
        {
            var many = With(valid, field0, new JsonArray(JsonValue.Create(Controls)));
            for (var i = 0; i < 2_000; i++)
            {
                many[$"extra{i}"] = i;
            }

            return JsonBody(many.ToJsonString());
        });
        return new Target(key, caller, cases);
    }

    /// <summary>A query-string operation: out-of-range and mistyped parameters.</summary>
    private static Target Query(string key, string caller, string url, string? text = null, string? date = null, string? list = null, string? number = null, string? choice = null)
    {
        var cases = new List<HostileCase>();
        void Add(string cls, string field, string query) =>
            cases.Add(new HostileCase(cls, field, () => new HttpRequestMessage(HttpMethod.Get, WithQuery(url, field, query)), new Expectation(field)));

        if (text is not null)
        {
            Add(ControlCharacters, text, $"{text}={Uri.EscapeDataString(Controls)}");
            Add(OversizedValue, text, $"{text}={new string('x', 5_000)}");
            Add(Script, text, $"{text}={Uri.EscapeDataString(Payload + Controls)}");
        }

        if (date is not null)
        {
            Add(DateOutOfRange, date, $"{date}=0001-01-01");
            Add(WrongJsonType, date, $"{date}=yesterday");
        }

        if (list is not null)
        {
            Add(HugeArray, list, string.Join('&', Enumerable.Range(1, 1_000).Select(i => $"{list}={i}")));
        }

        if (number is not null)
        {
            Add(BadNumber, number, $"{number}=-5");
            Add(BadNumber, number, $"{number}=99999999999999");
        }

        if (choice is not null)
        {
            Add(WrongJsonType, choice, $"{choice}=Robot");
        }

        return new Target(key, caller, cases);
    }

    /// <summary>The address with <paramref name="query"/> in place of any value of <paramref name="field"/> it had.</summary>
    private static string WithQuery(string url, string field, string query)
    {
        var parts = url.Split('?', 2);
        var kept = parts.Length == 1 ? [] : parts[1].Split('&').Where(p => !p.StartsWith(field + "=", StringComparison.OrdinalIgnoreCase));
        return parts[0] + "?" + string.Join('&', kept.Append(query));
    }

    /// <summary>An upload, by the API or the case page: file names and contents that must be refused.</summary>
    private Target Uploads(string key, string caller, string url, string nameField, string fileField, Expectation tooLarge)
    {
        var isPage = !url.StartsWith("/api/", StringComparison.Ordinal);
        if (isPage)
        {
            formPages[$"{caller} {url.Split('?')[0]} main form[method=post]"] = (caller, url.Split('?')[0], "main form[method=post]");
        }

        var cases = new List<HostileCase>();
        void Add(string cls, string field, Func<HttpContent> body, Expectation? expect = null) =>
            cases.Add(new HostileCase(cls, field, () => Post(url, body(), isPage ? caller : null), expect ?? new Expectation(field)));

        var pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray();
        Add(Bidi, nameField, () => Upload(pdf, Reversed));
        Add(ControlCharacters, nameField, () => Upload(pdf, "scan\u001b.pdf"));
        Add(OversizedValue, nameField, () => Upload(pdf, new string('x', 2_000) + ".pdf"));
        Add(InvalidUtf8, isPage ? "file" : nameField, () => Upload(pdf, string.Empty, rawFileName: [0x73, 0xFF, 0xFE, 0x2E, 0x70, 0x64, 0x66]));
        Add(ActiveContent, fileField, () => Upload(WordFiles.WithMacros(), "договор.docx"));
        Add(ActiveContent, fileField, () => Upload(WordFiles.Bomb(), "договор.docx"));
        Add(OversizedBody, fileField, () => Upload(new byte[12 * 1024 * 1024], "scan.pdf"), tooLarge);
        Add(Script, fileField, () => Upload("<html><script>alert(1)</script></html>"u8.ToArray(), Payload + ".html"));
        return new Target(key, caller, cases);
    }

    /// <summary>An import's upload, by the API or the import page: file names and files it must refuse (it takes only CSV and XLSX of at most 50 MB).</summary>
    private Target ImportUploads(string key, string caller, string url, string nameField, string contentField)
    {
        var isPage = !url.StartsWith("/api/", StringComparison.Ordinal);
        if (isPage)
        {
            formPages[$"{caller} /Imports main form[method=post]"] = (caller, "/Imports", "main form[method=post]");
        }

        var cases = new List<HostileCase>();
        void Add(string cls, string field, Func<HttpContent> body) =>
            cases.Add(new HostileCase(cls, field, () => Post(url, body(), isPage ? caller : null), new Expectation(field)));

        var csv = "Фамилия;Имя\nҮсөнбаев;Нурлан\n"u8.ToArray();
        Add(Bidi, nameField, () => Upload(csv, Reversed));
        Add(ControlCharacters, nameField, () => Upload(csv, "клиенты\u001b.csv"));
        Add(OversizedValue, nameField, () => Upload(csv, new string('x', 2_000) + ".csv"));
        Add(InvalidUtf8, nameField, () => Upload(csv, string.Empty, rawFileName: [0x73, 0xFF, 0xFE, 0x2E, 0x63, 0x73, 0x76]));
        Add(ActiveContent, nameField, () => Upload(WordFiles.WithMacros(), "клиенты.xlsm"));
        Add(OversizedBody, contentField, () => Upload(new byte[Domain.Imports.DataImport.MaxFileBytes + 1], "клиенты.csv"));
        Add(Script, nameField, () => Upload("<html><script>alert(1)</script></html>"u8.ToArray(), Payload + ".html"));
        return new Target(key, caller, cases);
    }

    /// <summary>The language switch takes a culture from its list and a local return address, whatever is sent.</summary>
    private Target LanguageSwitch()
    {
        formPages["anonymous /Account/Login main form[method=post]"] = ("anonymous", "/Account/Login", "main form[method=post]");
        var cases = new List<HostileCase>
        {
            new(Script, "returnUrl", () => Post("/Language", HostileBodies.Form([new("culture", Payload), new("returnUrl", "https://attacker.example/")]), "anonymous"), new Expectation(null, 302)),
            new(InvalidUtf8, "returnUrl", () => Post("/Language", HostileBodies.Form([new("culture", "en"), new("returnUrl", "/%FF%FE")], new HashSet<string> { "returnUrl" }), "anonymous"), new Expectation(null, 302)),
        };
        return new Target("POST /Language", "anonymous", cases);
    }

    /// <summary>A page form: each given field gets the values of its kind; every form gets the form-wide ones.</summary>
    private Target Form(string key, string caller, string url, string? handler = null, string? text = null, string? name = null, string? date = null,
        string? number = null, string form = "main form[method=post]", IReadOnlyList<KeyValuePair<string, string>>? fields = null)
    {
        var action = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"handler={handler}";
        formPages[$"{caller} {url} {form}"] = (caller, url, form);
        var cases = new List<HostileCase>();
        void Add(string cls, string field, Func<IReadOnlyList<KeyValuePair<string, string>>, HttpContent> body, Expectation? expect = null) =>
            cases.Add(new HostileCase(cls, field, () => Post(action, body(FormFields(caller, url, form, fields)), caller), expect ?? new Expectation(field)));
        static List<KeyValuePair<string, string>> Set(IReadOnlyList<KeyValuePair<string, string>> valid, string field, string value) =>
            [.. valid.Where(f => f.Key != field), new(field, value)];

        var any = text ?? name ?? number ?? date ?? fields![0].Key;
        if (text is not null)
        {
            Add(ControlCharacters, text, valid => HostileBodies.Form(Set(valid, text, Controls)));
            Add(OversizedValue, text, valid => HostileBodies.Form(Set(valid, text, new string('ж', 100_000))));
            Add(InvalidUtf8, text, valid => HostileBodies.Form(Set(valid, text, "Ali%FF%FEev"), new HashSet<string> { text }));
            Add(InvalidUtf8, text, valid => HostileBodies.Form(Set(valid, text, "Ali" + RawFF + "ev")));
        }

        if (name is not null)
        {
            Add(Bidi, name, valid => HostileBodies.Form(Set(valid, name, Reversed)));
            Add(Script, name, valid => HostileBodies.Form(Set(valid, name, Payload + Controls)));
        }

        if (date is not null)
        {
            Add(DateOutOfRange, date, valid => HostileBodies.Form(Set(valid, date, "0001-01-01")));
            Add(DateOutOfRange, date, valid => HostileBodies.Form(Set(valid, date, "9999-12-31")));
            Add(WrongJsonType, date, valid => HostileBodies.Form(Set(valid, date, "вчера")));
        }

        if (number is not null)
        {
            Add(BadNumber, number, valid => HostileBodies.Form(Set(valid, number, "99999999999999999999")));
            Add(WrongJsonType, number, valid => HostileBodies.Form(Set(valid, number, "много")));
        }

        Add(OversizedBody, any, valid => HostileBodies.Form(Set(valid, any, new string('x', 5 * 1024 * 1024))), new Expectation(null));
        Add(ManyFields, any, valid => HostileBodies.Form([.. valid, .. Enumerable.Range(0, 2_000).Select(i => new KeyValuePair<string, string>($"extra{i}", "1"))]), new Expectation(null));
        Add(HugeArray, any, valid => HostileBodies.Form([.. valid, .. Enumerable.Range(0, 1_500).Select(i => new KeyValuePair<string, string>(any, i.ToString(CultureInfo.InvariantCulture)))]), new Expectation(null));
        return new Target(key, caller, cases);
    }

    /// <summary>A page's query filters: out-of-range, mistyped and oversized values, shown in the page's validation summary.</summary>
    private static Target Filter(string key, string caller, string url, string? text = null, string? date = null, string? list = null, string? number = null, string? choice = null) =>
        Query(key, caller, url, text, date, list, number, choice);

    private HttpRequestMessage Post(string url, HttpContent content, string? caller)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (caller is not null && Tokens.TryGetValue(caller, out var token))
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return request;
    }

    private Dictionary<string, string> Tokens { get; } = [];

    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> forms = [];

    /// <summary>The form's own values (what a browser would send), read by <see cref="LoadFormsAsync"/>, with <paramref name="fields"/> over them.</summary>
    private IReadOnlyList<KeyValuePair<string, string>> FormFields(string caller, string url, string selector, IReadOnlyList<KeyValuePair<string, string>>? fields)
    {
        var values = fields is null ? forms[$"{caller} {url} {selector}"] : [];
        return [.. values.Where(v => fields?.Any(f => f.Key == v.Key) != true), .. fields ?? []];
    }

    /// <summary>Reads each form page the targets post to once, and each caller's antiforgery token.</summary>
    private async Task LoadFormsAsync()
    {
        foreach (var key in formPages.Keys.ToList())
        {
            var (caller, url, selector) = formPages[key];
            var document = await HtmlPage.GetAsync(callers[caller], url);
            Tokens[caller] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            forms[key] = FormValues(document, selector);
        }
    }

    private readonly Dictionary<string, (string Caller, string Url, string Selector)> formPages = [];

    private static List<KeyValuePair<string, string>> FormValues(IDocument page, string selector)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector(selector)!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit") } input when input.Name is { Length: > 0 } && input.Name != "__RequestVerificationToken":
                    values.Add(new(input.Name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    values.Add(new(area.Name, area.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        return values;
    }
}
