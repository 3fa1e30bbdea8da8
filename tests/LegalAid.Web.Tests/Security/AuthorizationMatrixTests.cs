using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using LegalAid.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Security;

/// <summary>
/// Every page and API endpoint the app maps, called anonymously and as every role (and, for records
/// with an id, as a lawyer of another centre). Most writes are sent with a stale version, an impossible
/// date or an empty body, so they prove authorisation without changing data; the rest add a harmless
/// deadline or document. An endpoint the app maps but the matrix does not list fails the test. Every refusal
/// (403, and 404 for another centre's record) is audited; a 404 for an id that exists nowhere is not.
/// </summary>
public sealed class AuthorizationMatrixTests : WebTest
{
    private static readonly string[] Callers = ["anonymous", LegalAidFactory.LawyerMow, LegalAidFactory.LawyerKzn, LegalAidFactory.CoordinatorMow, LegalAidFactory.Programme, LegalAidFactory.Donor, LegalAidFactory.Admin];

    // Expected status per caller, in the order of Callers:
    //                                           anon lawMOW lawKZN coordMOW programme donor admin
    private static readonly Dictionary<string, string> Matrix = new()
    {
        ["GET /"] =                                 "302  200    200    200      200       200   200",
        ["GET /Error"] =                            "200  200    200    200      200       200   200",
        ["GET /Language"] =                         "302  302    302    302      302       302   302",
        ["GET /Account/Login"] =                    "200  200    200    200      200       200   200",
        ["GET /Account/LoginWithCode"] =            "200  200    200    200      200       200   200",
        ["GET /Account/Logout"] =                   "302  302    302    302      302       302   302",
        ["GET /Account/AccessDenied"] =             "302  403    403    403      403       403   403",
        ["GET /Account/ChangePassword"] =           "302  200    200    200      200       200   200",
        ["GET /Account/TwoFactor"] =                "302  200    200    200      200       200   200",
        ["GET /Account/Tokens"] =                   "302  200    200    200      200       200   200",
        ["GET /Account/Sessions"] =                 "302  200    200    200      200       200   200",
        ["GET /Clients"] =                          "302  200    200    200      403       403   403",
        ["GET /Clients/Register"] =                 "302  200    200    200      403       403   403",
        ["GET /Clients/{id:int}"] =                 "302  200    404    200      403       403   403",
        ["GET /Clients/{id:int}/edit"] =            "302  200    404    200      403       403   403",
        ["GET /Cases"] =                            "302  200    200    200      403       403   403",
        ["GET /Cases/Open"] =                       "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}"] =                   "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/edit"] =              "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/close"] =             "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/reopen"] =            "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/consultations/new"] = "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/consultations/{consultationId:int}"] = "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/deadlines/{deadlineId:int}"] = "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/referrals/{referralId:int}"] = "302  200    404    200      403       403   403",
        ["GET /Cases/{id:int}/documents/{documentId:int}/void"] = "302  200    404    200      403       403   403",
        ["GET /Cases/reassign"] =                   "302  403    403    200      403       403   403",
        ["GET /Admin/Accounts"] =                   "302  403    403    403      403       403   200",
        ["GET /Admin/Centres"] =                    "302  403    403    403      403       403   200",
        ["GET /Admin/Categories"] =                 "302  403    403    403      403       403   200",
        ["GET /Admin/Retention"] =                  "302  403    403    403      403       403   200",
        ["GET /Admin/Erase"] =                      "302  403    403    403      403       403   200",
        ["GET /Audit"] =                            "302  403    403    200      403       403   200",
        ["GET /Statistics"] =                       "302  403    403    200      200       403   200",
        ["GET /OpposingParties"] =                  "302  200    200    200      200       403   403",
        ["GET /Admin/Partners"] =                   "302  403    403    403      403       403   200",
        ["GET /Cases/{id:int}/documents/{documentId:int}"] = "302  200    404    200      403       403   403",
        ["GET /health"] =                           "200  200    200    200      200       200   200",
        ["GET /health/live"] =                      "200  200    200    200      200       200   200",
        ["GET /health/ready"] =                     "200  200    200    200      200       200   200",
        ["GET /openapi/{documentName}.json"] =      "302  200    200    200      200       200   200",
        ["GET /api-reference/{documentName?}"] =    "302  200    200    200      200       200   200",
        ["GET /api-reference/scalar.js"] =          "200  200    200    200      200       200   200",
        ["GET /api-reference/scalar.aspnetcore.js"] = "200  200    200    200      200       200   200",
        ["GET /api-reference/favicon.svg"] =        "200  200    200    200      200       200   200",
        ["GET /api/v1/lookups"] =                   "401  200    200    200      200       403   200",
        ["GET /api/v1/clients/"] =                  "401  200    200    200      403       403   403",
        ["GET /api/v1/clients/{id:int}"] =          "401  200    404    200      403       403   403",
        ["POST /api/v1/clients/"] =                 "401  400    400    400      403       403   403",
        ["PUT /api/v1/clients/{id:int}"] =          "401  409    404    409      403       403   403",
        ["POST /api/v1/clients/{id:int}/consent/withdraw"] = "401  409    404    409      403       403   403",
        ["GET /api/v1/cases/"] =                    "401  200    200    200      403       403   403",
        ["GET /api/v1/cases/{id:int}"] =            "401  200    404    200      403       403   403",
        ["POST /api/v1/cases/"] =                   "401  400    400    400      403       403   403",
        ["PUT /api/v1/cases/{id:int}"] =            "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{id:int}/close"] =     "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{id:int}/reopen"] =    "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/reassign"] =           "401  403    403    400      403       403   403",
        ["GET /api/v1/cases/{caseId:int}/consultations"] = "401  200    404    200      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/consultations"] = "401  400    404    400      403       403   403",
        ["PUT /api/v1/cases/{caseId:int}/consultations/{consultationId:int}"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/consultations/{consultationId:int}/void"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/deadlines"] = "401  201    404    201      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/done"] = "401  409    404    409      403       403   403",
        ["PUT /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/void"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/reopen"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/documents/{documentId:int}/void"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/documents"] = "401  201    404    201      403       403   403",
        ["GET /api/v1/cases/{caseId:int}/documents/{documentId:int}"] = "401  200    404    200      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/referrals"] = "401  400    400    400      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/referrals/{referralId:int}/result"] = "401  400    400    400      403       403   403",
        ["PUT /api/v1/cases/{caseId:int}/referrals/{referralId:int}"] = "401  409    404    409      403       403   403",
        ["POST /api/v1/cases/{caseId:int}/referrals/{referralId:int}/void"] = "401  409    404    409      403       403   403",
        ["GET /api/v1/desk"] =                      "401  200    200    200      403       403   403",
        ["GET /api/v1/statistics/"] =               "401  403    403    400      400       403   400",
        ["GET /api/v1/statistics/export"] =         "401  403    403    400      400       403   400",
        ["GET /api/v1/imports/"] =                  "401  403    403    200      403       403   403",
        ["GET /api/v1/imports/template"] =          "401  403    403    200      403       403   403",
        ["POST /api/v1/imports/"] =                 "401  403    403    400      403       403   403",
        ["GET /api/v1/imports/{id:int}"] =          "401  403    403    200      403       403   403",
        ["GET /api/v1/imports/{id:int}/progress"] = "401  403    403    200      403       403   403",
        ["POST /api/v1/imports/{id:int}/check"] =   "401  403    403    200      403       403   403",
        ["POST /api/v1/imports/{id:int}/mappings"] = "401  403    403    400      403       403   403",
        ["POST /api/v1/imports/{id:int}/run"] =     "401  403    403    400      403       403   403",
        ["GET /api/v1/imports/{id:int}/rejects"] =  "401  403    403    404      403       403   403",
        ["DELETE /api/v1/imports/{id:int}"] =       "401  403    403    404      403       403   403",
        ["GET /api/v1/exports/clients"] =           "401  403    403    200      403       403   403",
        ["GET /api/v1/exports/cases"] =             "401  403    403    200      403       403   403",
        ["GET /api/v1/exports/consultations"] =     "401  403    403    200      403       403   403",
        ["GET /api/v1/opposing-parties"] =          "401  200    200    200      200       403   403",
        ["GET /Cases/{id:int}/report"] =            "302  200    404    200      403       403   403",
        ["GET /Reports"] =                          "302  403    403    403      200       200   200",
        ["GET /Reports/{id:int}/file"] =            "302  403    403    403      200       404   200",
        ["GET /CentreReport"] =                     "302  403    403    200      403       403   403",
        ["GET /Imports"] =                          "302  403    403    200      403       403   403",
        ["GET /Imports/{id:int}"] =                 "302  403    403    200      403       403   403",
        ["GET /Exports"] =                          "302  403    403    200      403       403   403",
        ["GET /api/v1/cases/{caseId:int}/report.pdf"] = "401  200    404    200      403       403   403",
        ["GET /api/v1/reports/"] =                  "401  403    403    403      200       200   200",
        ["GET /api/v1/reports/periods"] =           "401  403    403    403      200       403   403",
        ["POST /api/v1/reports/donor"] =            "401  403    403    403      400       403   403",
        ["POST /api/v1/reports/{id:int}/publish"] = "401  403    403    403      409       403   403",
        ["POST /api/v1/reports/{id:int}/withdraw"] = "401  403    403    403      409       403   403",
        ["POST /api/v1/reports/{id:int}/notify"] =  "401  403    403    403      409       403   403",
        ["GET /api/v1/reports/{id:int}.pdf"] =      "401  403    403    403      200       404   200",
        ["GET /api/v1/reports/centre-monthly.pdf"] = "401  403    403    200      403       403   403",
        ["GET /api/v1/account/sessions/"] =         "401  200    200    200      200       200   200",
        ["DELETE /api/v1/account/sessions/{id:int}"] = "401  404    404    404      404       404   404",
        ["DELETE /api/v1/account/sessions/"] =      "401  200    200    200      200       200   200",
        ["GET /Account/Calendar"] =                 "302  200    200    200      403       403   403",
        ["GET /Transfers"] =                        "302  200    200    200      403       403   403",
        ["GET /Transfers/{id:int}"] =               "302  404    404    200      403       403   403",
        ["GET /Transfers/Propose"] =                "302  403    403    200      403       403   403",
        ["GET /Transfers/Request"] =                "302  200    200    200      403       403   403",
        ["GET /api/v1/transfers/"] =                "401  200    200    200      403       403   403",
        ["GET /api/v1/transfers/{id:int}"] =        "401  404    404    200      403       403   403",
        ["POST /api/v1/transfers/requests"] =       "401  400    400    400      403       403   403",
        ["POST /api/v1/transfers/"] =               "401  403    403    400      403       403   403",
        ["POST /api/v1/transfers/{id:int}/accept"] = "401  403    403    400      403       403   403",
        ["POST /api/v1/transfers/{id:int}/decline"] = "401  403    403    400      403       403   403",
        ["POST /api/v1/transfers/{id:int}/cancel"] = "401  409    404    409      403       403   403",
        // The calendar feed's secret address is its credential: anyone holding it reads the feed, nobody else.
        ["GET /api/v1/calendar/{token}.ics"] =      "200  200    200    200      200       200   200",
        ["HEAD /api/v1/calendar/{token}.ics"] =     "200  200    200    200      200       200   200",
    };

    /// <summary>Ending a session that is nobody's proves the endpoint's authorisation without signing anyone out.</summary>
    private const int NobodysSession = 999_999;

    /// <summary>Giving up an import is tried on one that exists nowhere, so the other endpoints still find theirs.</summary>
    private const int NobodysImport = 999_999;

    private int clientId;
    private int caseId;
    private int closedCaseId;
    private int documentId;
    private int deadlineId;
    private int consultationId;
    private int partnerId;
    private int referralId;
    private int reportId;
    private int transferId;
    private string feedToken = string.Empty;
    private int importId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        importId = await Factory.InDatabaseAsync(async db =>
        {
            var import = new DataImport(LegalAidFactory.Moscow, "клиенты.csv", "Фамилия;Имя\n"u8.ToArray(), new string('0', 64), LegalAidFactory.CoordinatorMow, DateTime.UtcNow);
            db.DataImports.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });
        clientId = await Client.RegisterClientAsync();
        caseId = await Client.OpenCaseAsync(clientId);
        closedCaseId = await Client.OpenCaseAsync(clientId);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{closedCaseId}/close", new { version = 0, outcome = "AdviceOnly" })).EnsureSuccessStatusCode();
        documentId = await (await Client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("договор.pdf"))).CreatedIdAsync();
        deadlineId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", DeadlineBody)).CreatedIdAsync();
        consultationId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок" })).CreatedIdAsync();
        partnerId = await Factory.InDatabaseAsync(async db =>
        {
            var partner = new Domain.Partners.PartnerOrganisation("Трудовая инспекция", "Эмгек инспекциясы", "Labour inspectorate", null);
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        referralId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { partnerId })).CreatedIdAsync();
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        reportId = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Q1" })).CreatedIdAsync();
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        transferId = await (await coordinator.PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = 3, caseIds = new[] { caseId } })).CreatedIdAsync();
        feedToken = await Factory.IssueCalendarFeedAsync(LegalAidFactory.LawyerMow);
    }

    /// <summary>A call back ahead of today: one due already would be marked done by the consultation logged after it.</summary>
    private static object DeadlineBody => new { type = "CallBack", dueOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    [Fact]
    public void TheMatrix_ListsExactlyTheEndpointsTheAppMaps()
    {
        var mapped = MappedEndpoints();

        Assert.Empty(mapped.Except(Matrix.Keys));
        Assert.Empty(Matrix.Keys.Except(mapped));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerAsTheMatrixSays()
    {
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Factory.CreateClient(new() { AllowAutoRedirect = false }),
        };
        foreach (var caller in Callers.Skip(1))
        {
            clients[caller] = await Factory.SignInAsync(caller, followRedirects: false);
        }

        var failures = new List<string>();
        foreach (var (endpoint, row) in Matrix)
        {
            var expected = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Callers.Length; i++)
            {
                using var response = await clients[Callers[i]].SendAsync(RequestFor(endpoint));
                var actual = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                if (actual != expected[i])
                {
                    failures.Add($"{endpoint} as {Callers[i]}: expected {expected[i]}, got {actual}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        await AssertEachRefusalIsAuditedAsync();
    }

    [Fact]
    public async Task AnIdThatExistsNowhere_IsAPlainNotFoundNotAnAuditedRefusal()
    {
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);

        foreach (var url in new[] { "/Cases/999999", "/Clients/999999", "/api/v1/cases/999999", $"/api/v1/cases/{caseId}/documents/999999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await kazan.GetAsync(url)).StatusCode);
        }

        Assert.Equal(0, await DenialCountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await kazan.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(1, await DenialCountAsync());
    }

    /// <summary>
    /// Every 403 of a signed-in caller (but the access-denied page itself) is one audited refusal by role, and every
    /// 404 the Kazan lawyer got for the Moscow records (not for a session that is nobody's) is one audited refusal naming the record.
    /// </summary>
    private async Task AssertEachRefusalIsAuditedAsync()
    {
        var denials = await Factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).ToListAsync());
        for (var i = 1; i < Callers.Length; i++)
        {
            // The access-denied page answers 403 itself; someone else's session is nobody's centre record.
            var statuses = Matrix.Where(cell => cell.Key != "GET /Account/AccessDenied" && !cell.Key.Contains("/account/sessions/{id:int}", StringComparison.Ordinal))
                .Select(cell => cell.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[i]).ToList();
            var byRole = denials.Where(d => d.UserName == Callers[i] && d.EntityType is AccessDenials.Request or AccessDenials.Endpoint).ToList();
            var otherCentre = denials.Where(d => d.UserName == Callers[i] && d.Details!.StartsWith("reason=OtherCentre", StringComparison.Ordinal)).ToList();

            Assert.Equal(statuses.Count(s => s == "403"), byRole.Count);
            Assert.Equal(Callers[i] == LegalAidFactory.LawyerKzn ? statuses.Count(s => s == "404") : 0, otherCentre.Count);
            Assert.All(otherCentre, d => Assert.Contains($"{d.EntityType} {d.EntityId}", new[] { $"Client {clientId}", $"Case {caseId}", $"Case {closedCaseId}", $"CaseDocument {documentId}", $"ClientTransfer {transferId}" }));
        }

        Assert.Equal(denials.Count, denials.Count(d => Callers.Contains(d.UserName)));
    }

    private Task<int> DenialCountAsync() => Factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.AccessDenied));

    private HashSet<string> MappedEndpoints()
    {
        var keys = new HashSet<string>();
        foreach (var (endpoint, pattern) in AppRoutes.Of(Factory.Services))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null || endpoint.Metadata.GetMetadata<CompiledPageActionDescriptorMarker>() is not null)
            {
                // Index pages are mapped twice ("/Cases" and "/Cases/Index"); one is enough here.
                if (!pattern.EndsWith("/Index", StringComparison.Ordinal))
                {
                    keys.Add($"GET {pattern}");
                }

                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                keys.Add($"{method} {pattern}");
            }
        }

        return keys;
    }

    private HttpRequestMessage RequestFor(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(endpoint[..space]);
        var path = endpoint[(space + 1)..];
        var id = path switch
        {
            _ when path.StartsWith("/api/v1/clients", StringComparison.Ordinal) || path.StartsWith("/Clients", StringComparison.Ordinal) => clientId,
            _ when path.StartsWith("/api/v1/reports", StringComparison.Ordinal) || path.StartsWith("/Reports", StringComparison.Ordinal) => reportId,
            _ when path.StartsWith("/api/v1/account/sessions", StringComparison.Ordinal) => NobodysSession,
            _ when endpoint == "DELETE /api/v1/imports/{id:int}" => NobodysImport,
            _ when path.StartsWith("/api/v1/imports", StringComparison.Ordinal) => importId,
            _ when path.StartsWith("/api/v1/transfers", StringComparison.Ordinal) || path.StartsWith("/Transfers", StringComparison.Ordinal) => transferId,
            _ when path.StartsWith("/Imports", StringComparison.Ordinal) => importId,
            _ when endpoint == "GET /Cases/{id:int}/reopen" => closedCaseId,
            _ => caseId,
        };
        var url = path.Replace("{id:int}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{caseId:int}", caseId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{documentId:int}", documentId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{deadlineId:int}", deadlineId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{referralId:int}", referralId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{consultationId:int}", consultationId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{documentName?}", "v1", StringComparison.Ordinal)
            .Replace("{token}", feedToken, StringComparison.Ordinal);
        if (url is "/Cases/Open" or "/Transfers/Propose")
        {
            url += $"?clientId={clientId}";
        }

        if (url == "/Cases/reassign")
        {
            url += $"?from={Factory.LawyerOf[LegalAidFactory.Moscow]}";
        }

        if (url.StartsWith("/api/v1/exports/", StringComparison.Ordinal) || url == "/api/v1/imports/template")
        {
            url += "?format=Csv";
        }

        if (url == "/api/v1/reports/centre-monthly.pdf")
        {
            url += "?year=2026&month=1";
        }

        var request = new HttpRequestMessage(method, url);
        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            // A PDF is no spreadsheet: the upload of an import is refused by field, after authorisation.
            request.Content = endpoint is "POST /api/v1/cases/{caseId:int}/documents" or "POST /api/v1/imports/" ? ApiJson.PdfUpload("скан.pdf") : JsonContent.Create(BodyFor(endpoint));
        }

        return request;
    }

    /// <summary>
    /// Bodies that pass validation but are refused later: a stale version (409), or a consultation the case's own rule
    /// refuses (400): held more than a week before the case was opened, which only the case can tell.
    /// </summary>
    private object BodyFor(string endpoint) => endpoint switch
    {
        "PUT /api/v1/clients/{id:int}" => new Dictionary<string, object?>(
            ApiJsonFields(ApiJson.NewClient())) { ["version"] = 999 },
        "POST /api/v1/clients/{id:int}/consent/withdraw" => new { version = 999 },
        "PUT /api/v1/cases/{id:int}" => new { version = 999, primaryCategoryId = 6 },
        "POST /api/v1/cases/{id:int}/close" => new { version = 999, outcome = "AdviceOnly" },
        "POST /api/v1/cases/{id:int}/reopen" => new { version = 999 },
        "POST /api/v1/cases/{caseId:int}/consultations" => new { heldAt = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-ddT10:00", CultureInfo.InvariantCulture), channel = "Phone", durationMinutes = 10, summary = "Звонок" },
        "POST /api/v1/cases/{caseId:int}/deadlines" => DeadlineBody,
        "POST /api/v1/reports/{id:int}/publish" => new { version = 999 },
        "POST /api/v1/reports/{id:int}/withdraw" => new { version = 999, reason = "Ошибка в таблице" },
        "PUT /api/v1/cases/{caseId:int}/consultations/{consultationId:int}" => new { version = 999, channel = "Phone", durationMinutes = 10, summary = "Звонок" },
        "PUT /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}" => new { version = 999, type = "CourtHearing", dueOn = "2026-12-01", dueAt = "10:30:00", place = "Суд" },
        "PUT /api/v1/cases/{caseId:int}/referrals/{referralId:int}" => new { version = 999, partnerId, referredOn = "2026-01-15" },
        "POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/done" or "POST /api/v1/cases/{caseId:int}/deadlines/{deadlineId:int}/reopen" => new { version = 999 },
        "POST /api/v1/transfers/{id:int}/accept" or "POST /api/v1/transfers/{id:int}/decline" or "POST /api/v1/transfers/{id:int}/cancel" => new { version = 999 },
        _ when endpoint.EndsWith("/void", StringComparison.Ordinal) => new { version = 999, reason = "Ошибка" },
        _ => new { },
    };

    private static IEnumerable<KeyValuePair<string, object?>> ApiJsonFields(object body) =>
        body.GetType().GetProperties().Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(body)));

    private sealed class CompiledPageActionDescriptorMarker;
}
