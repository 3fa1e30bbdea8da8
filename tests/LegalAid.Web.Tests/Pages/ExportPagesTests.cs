using System.Net;
using System.Net.Http.Json;
using System.Text;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

public sealed class ExportPagesTests : WebTest
{
    [Fact]
    public async Task ACoordinator_DownloadsTheCentresConsultations_AndTheExportIsAudited()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn = "2026-03-01" })).ReadAsync())["id"]!;
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { heldAt = "2026-03-10T14:30", channel = "Phone", durationMinutes = 30, categoryIds = new[] { 6 }, summary = "Звонок о зарплате." })).StatusCode);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var page = await HtmlPage.GetAsync(coordinator, "/Exports");
        Assert.NotNull(page.QuerySelector("form#export-consultations select[name=channel]"));

        var file = await coordinator.GetAsync("/Exports?handler=Consultations&format=Csv&channel=Phone&from=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("2026-03-10 14:30:00,Телефон", text, StringComparison.Ordinal);
        var audited = await Factory.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported && e.EntityType == "Consultation"));
        Assert.StartsWith("heldFrom=2026-03-01; heldTo=; channel=Phone;", audited.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Клиенты", "Дела", "Консультации", "Фамилия")]
    [InlineData("ky", "Кардарлар", "Иштер", "Консультациялар", "Фамилиясы")]
    [InlineData("en", "Clients", "Cases", "Consultations", "Family name")]
    public async Task AWorkbook_NamesItsSheetAndColumns_InTheReadersLanguage(string culture, string clients, string cases, string consultations, string familyName)
    {
        await Client.RegisterClientAsync();
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var sheets = new Dictionary<string, XlsxFile>();
        foreach (var handler in new[] { "Clients", "Cases", "Consultations" })
        {
            sheets[handler] = new XlsxFile(await coordinator.GetByteArrayAsync($"/Exports?handler={handler}&format=Xlsx&culture={culture}&ui-culture={culture}"));
        }

        Assert.Equal([clients], sheets["Clients"].SheetNames);
        Assert.Equal([cases], sheets["Cases"].SheetNames);
        Assert.Equal([consultations], sheets["Consultations"].SheetNames);
        Assert.Equal(familyName, sheets["Clients"].Rows(clients)[0][1]);
    }

    [Fact]
    public async Task ARefusedExport_ShowsItsOwnFormAsFilledIn_WithTheErrorAboveItAndLinkedToItsField()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var response = await coordinator.GetAsync("/Exports?handler=Cases&format=Csv&from=2026-03-01&to=2026-02-01&status=Closed&categoryId=6");

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var summary = page.QuerySelectorAll(".validation-summary-errors").Single();
        Assert.Equal("Cases-heading", summary.Closest("section")!.GetAttribute("aria-labelledby"));
        var link = summary.QuerySelector("a")!;
        Assert.NotNull(page.QuerySelector($"form#export-cases input{link.GetAttribute("href")}"));
        Assert.Equal("2026-03-01", page.QuerySelector("#Cases_From")!.GetAttribute("value"));
        Assert.Equal("2026-02-01", page.QuerySelector("#Cases_To")!.GetAttribute("value"));
        Assert.Equal("Closed", page.QuerySelector("#Cases_Status option[selected]")!.GetAttribute("value"));
        Assert.Equal("6", page.QuerySelector("#Cases_CategoryId option[selected]")!.GetAttribute("value"));
        Assert.Equal("Csv", page.QuerySelector("#Cases_Format option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Clients_From")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AFilterTheExportCannotRead_IsLinkedToItsFieldInItsOwnForm()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var page = await HtmlPage.GetAsync(coordinator, "/Exports?handler=Consultations&format=Csv&categoryId=abc&lawyerId=x");

        var links = page.QuerySelectorAll("#error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(
            [("#Consultations_CategoryId", "Значение «abc» в поле «Категория» недопустимо."), ("#Consultations_LawyerId", "Значение «x» в поле «Юрист» недопустимо.")],
            links.Order());
    }

    [Fact]
    public async Task OnlyCoordinators_SeeTheExports()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/Exports?handler=Clients&format=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/Exports")).StatusCode);
    }
}
