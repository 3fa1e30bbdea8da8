using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

public sealed class CaseWorkApiTests : WebTest
{
    [Fact]
    public async Task ADocument_IsUploadedAndStreamedBackToItsCentreOnly()
    {
        var caseId = await OpenCaseAsync();

        var uploaded = await Client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("Трудовой договор Үсөнбаев.pdf"));
        var documentId = await uploaded.CreatedIdAsync();
        var download = await Client.GetAsync($"/api/v1/cases/{caseId}/documents/{documentId}");
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        var foreign = await kazan.GetAsync($"/api/v1/cases/{caseId}/documents/{documentId}");
        var foreignPage = await kazan.GetAsync($"/Cases/{caseId}/documents/{documentId}");

        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Трудовой договор Үсөнбаев.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.StartsWith("%PDF-", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPage.StatusCode);
    }

    [Fact]
    public async Task ACoordinator_HandsALawyersOpenCasesToAnother_AndIsToldHowMany_ALawyerMayNot()
    {
        var clientId = await Client.RegisterClientAsync();
        var cases = new[] { await Client.OpenCaseAsync(clientId), await Client.OpenCaseAsync(clientId) };
        var (from, to) = (Factory.LawyerOf[LegalAidFactory.Moscow], await Factory.InDatabaseAsync(db => db.StaffMembers.Where(s => s.FullName == "Тест Coordinator 1").Select(s => s.Id).SingleAsync()));
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var byLawyer = await Client.PostAsJsonAsync("/api/v1/cases/reassign", new { fromLawyerId = from, toLawyerId = to });
        var refused = await coordinator.PostAsJsonAsync("/api/v1/cases/reassign", new { fromLawyerId = from, toLawyerId = from });
        var moved = await coordinator.PostAsJsonAsync("/api/v1/cases/reassign", new { fromLawyerId = from, toLawyerId = to });

        Assert.Equal(HttpStatusCode.Forbidden, byLawyer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ReadAsync())["errors"]!["toLawyerId"]);
        Assert.Equal(2, (int)(await moved.ReadAsync())["cases"]!);
        Assert.Equal([to, to], await Factory.InDatabaseAsync(db => db.Cases.Where(c => cases.Contains(c.Id)).Select(c => c.AssignedLawyerId).ToListAsync()));
    }

    [Fact]
    public async Task AnExecutableNamedPdf_IsRefused()
    {
        var caseId = await OpenCaseAsync();
        var fake = new ByteArrayContent("MZ\u0090\u0000 this is not a PDF"u8.ToArray());
        fake.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");

        var response = await Client.PostAsync($"/api/v1/cases/{caseId}/documents", new MultipartFormDataContent { { fake, "file", "invoice.pdf" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]!["file"]);
    }

    [Fact]
    public async Task AnUploadOverTheLimit_Returns413SayingTheLimitInTheRequestsLanguage_AndSavesNothing()
    {
        // On Kestrel: the in-memory test server does not enforce a request's size limit.
        await using var node = new LegalAidFactory();
        node.StartOnLoopback();
        await node.SeedAccountsAsync();
        using var lawyer = await node.SignInAsync(LegalAidFactory.LawyerMow);
        var caseId = await OpenCaseAsync(lawyer);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/documents") { Content = ApiJson.PdfUpload("скан паспорта.pdf", megabytes: 12) };
        request.Headers.AcceptLanguage.ParseAdd("ky");
        // The server refuses before the body is sent; without waiting for its go-ahead the client would still be
        // sending when the server closes the connection, and see a broken pipe instead of the answer.
        request.Headers.ExpectContinue = true;

        var response = await lawyer.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Суроо өтө чоң: 11 МБдан ашпашы керек.", (string?)(await response.ReadAsync())["title"]);
        Assert.False(await node.InDatabaseAsync(db => db.CaseDocuments.AnyAsync()));
    }

    [Fact]
    public async Task RegisteringTheSamePersonInLatin_Returns409WithTheMatch()
    {
        await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient());

        var response = await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient(familyName: "Usenbaev"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("Үсөнбаев", (string?)problem["possibleDuplicates"]!["atMyCentre"]![0]!["familyName"]);
    }

    [Fact]
    public async Task TheDesk_ListsDeadlinesDueThisWeek()
    {
        var caseId = await OpenCaseAsync();
        var dueOn = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn, note = "Мещанский суд" });

        var desk = await (await Client.GetAsync("/api/v1/desk")).ReadAsync();

        Assert.Equal(1, (int)desk["due"]!["totalCount"]!);
        Assert.Equal("CourtHearing", (string?)desk["due"]!["items"]![0]!["deadlineType"]);
        Assert.Equal("Мещанский суд", (string?)desk["due"]!["items"]![0]!["note"]);
    }

    [Fact]
    public async Task TheDesk_ListsDueItemsFiftyAPage_TheRestByDuePage()
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(60);
        for (var i = 1; i <= 51; i++)
        {
            var dueOn = today.AddDays(-51 + i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "DocumentDue", dueOn, note = $"Справка № {i}" })).EnsureSuccessStatusCode();
        }

        var first = (await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["due"]!;
        var second = (await (await Client.GetAsync("/api/v1/desk?duePage=2")).ReadAsync())["due"]!;

        Assert.Equal((51, 2, 50), ((int)first["totalCount"]!, (int)first["totalPages"]!, first["items"]!.AsArray().Count));
        Assert.Equal("Справка № 51", (string?)Assert.Single(second["items"]!.AsArray())!["note"]);
    }

    [Fact]
    public async Task ADeadlineDatedAYearBeforeTheCaseOpened_IsAProblemNamingDueOn_AndNothingIsSaved()
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(0);
        var aYearBefore = today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "AppealDeadline", dueOn = aYearBefore });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Срок может быть назначен не раньше ", (string?)(await response.ReadAsync())["errors"]!["dueOn"]![0], StringComparison.Ordinal);
        Assert.Empty((await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["deadlines"]!.AsArray());
    }

    private Task<int> OpenCaseAsync() => OpenCaseAsync(Client);

    private static async Task<int> OpenCaseAsync(HttpClient lawyer)
    {
        var clientId = await lawyer.RegisterClientAsync();
        return await lawyer.OpenCaseAsync(clientId);
    }
}
