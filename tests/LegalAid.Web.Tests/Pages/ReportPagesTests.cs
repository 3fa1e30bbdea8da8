using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

public sealed class ReportPagesTests : WebTest
{
    [Fact]
    public async Task ProgrammeStaff_GenerateAndPublish_ThenTheDonorDownloads()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports");
        var quarter = form.QuerySelector("select#Period option")!;
        Assert.Equal(["en", "ru", "ky"], form.QuerySelectorAll("select#Input_Language option").Select(o => o.GetAttribute("value")));

        var generated = await HtmlPage.SubmitAsync(programme, form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Квартальный отчёт: Өмүрбекова ң",
            ["Input.Language"] = "ru",
            ["Input.Introduction"] = "Кыргызстандан келген мигранттар.",
        }, "form#generate");
        var archive = await HtmlPage.ParseAsync(generated);
        var row = archive.QuerySelector("#archive tr.table-success")!;

        Assert.Matches(@"^/Reports\?generated=\d+$", generated.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("Квартальный отчёт: Өмүрбекова ң", row.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Отчёт «Квартальный отчёт: Өмүрбекова ң» сформирован", archive.QuerySelector("#generated")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"#{row.Id}", archive.QuerySelector("#generated a")!.GetAttribute("href"));
        Assert.Equal("-1", row.GetAttribute("tabindex"));
        Assert.Contains(quarter.TextContent.Split('(')[1].TrimEnd(')'), row.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", row.QuerySelector("code.sha256")!.TextContent);
        Assert.Contains("Не опубликован", row.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^скрыто \d+ из \d+ ячеек.*скрыто итогов: \d+$", row.QuerySelector("td.loss")!.TextContent.Trim().ReplaceLineEndings(" "));

        var confirm = await HtmlPage.GetAsync(programme, row.QuerySelector("a[href*=confirmPublish]")!.GetAttribute("href")!);
        Assert.Contains("Квартальный отчёт: Өмүрбекова ң", confirm.QuerySelector("#confirm-publish")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Не опубликован", confirm.QuerySelector($"#{row.Id}")!.TextContent, StringComparison.Ordinal);
        var published = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, confirm, new Dictionary<string, string>(), "#confirm-publish form"));
        Assert.Contains("Отчёт опубликован", published.QuerySelector("#published")!.TextContent, StringComparison.Ordinal);
        Assert.Null(published.QuerySelector("#confirm-publish"));
        Assert.Equal("По почте не рассылался", published.QuerySelector($"#{row.Id} .emailed")!.TextContent);
        Assert.Contains("почта не настроена", published.QuerySelector("#published")!.TextContent, StringComparison.Ordinal);
        Assert.Null(published.QuerySelector($"#{row.Id} form[action*=Notify]"));

        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);
        var donorPage = await HtmlPage.GetAsync(donor, "/Reports");
        Assert.Null(donorPage.QuerySelector("form#generate"));
        Assert.Empty(donorPage.QuerySelectorAll("#archive form"));
        Assert.Empty(donorPage.QuerySelectorAll("#archive td.loss"));
        var download = await donor.GetAsync(donorPage.QuerySelector($"#{row.Id} a")!.GetAttribute("href"));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APublicationRefusedForAnOverlap_KeepsItsReportInSight_AndLeavesTheNewReportFormClosed()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var quarter = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Первый квартал" })).CreatedIdAsync();
        var halfYear = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-06-30", title = "Полугодие" })).CreatedIdAsync();
        (await programme.PostAsJsonAsync($"/api/v1/reports/{quarter}/publish", new { version = 0 })).EnsureSuccessStatusCode();

        var confirm = await HtmlPage.GetAsync(programme, $"/Reports?confirmPublish={halfYear}");
        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, confirm, new Dictionary<string, string>(), "#confirm-publish form"));

        Assert.Contains("Уже опубликован отчёт «Первый квартал»", refused.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("в этом — период 01.01.2026 – 30.06.2026 по центрам: Центр поддержки мигрантов — Москва, ", refused.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Полугодие", refused.QuerySelector("#confirm-publish")!.TextContent, StringComparison.Ordinal);
        Assert.False(refused.QuerySelector("details:has(form#generate)")!.HasAttribute("open"));
    }

    [Fact]
    public async Task ALanguageChosenInTheAddress_StaysAfterTheFormsRedirect()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports?culture=ky");

        var generated = await HtmlPage.SubmitAsync(programme, form, new Dictionary<string, string> { ["Input.Title"] = "Жылдык отчёт" }, "form#generate");

        Assert.Matches(@"^/Reports\?generated=\d+$", generated.RequestMessage!.RequestUri!.PathAndQuery);
        var archive = await HtmlPage.ParseAsync(generated);
        Assert.Equal("ky", archive.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("«Жылдык отчёт» отчёту түзүлүп", archive.QuerySelector("#generated")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANarrativeThatReadsAsAName_IsRefusedWithABoxToConfirmItIsNoPersons_ThenGenerated()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports");
        Assert.Null(form.QuerySelector("#Input_ConfirmIdentifiesNoOne"));
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Квартальный отчёт", ["Input.NextSteps"] = "Заявки в Фонд Потанина и Фонд Тимченко." };

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, form, fields, "form#generate"));
        var generated = await HtmlPage.SubmitAsync(programme, refused, new Dictionary<string, string>(fields) { ["Input.ConfirmIdentifiesNoOne"] = "true" }, "form#generate");

        Assert.StartsWith("Похоже на персональные данные: «Фонд Потанина», «Фонд Тимченко».", HtmlPage.ErrorFor(refused, "Input.NextSteps"), StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#Input_ConfirmIdentifiesNoOne"));
        Assert.Matches(@"^/Reports\?generated=\d+$", generated.RequestMessage!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task ANarrativeNamingAPersonForCertain_IsRefusedWithNoBoxToConfirmIt()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports");
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Квартальный отчёт", ["Input.NextSteps"] = "Клиент Абдуллаев Фаррух Азизович вернул паспорт." };

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, form, fields, "form#generate"));

        Assert.StartsWith("Это персональные данные: «Клиент Абдуллаев Фаррух Азизович».", HtmlPage.ErrorFor(refused, "Input.NextSteps"), StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#Input_ConfirmIdentifiesNoOne"));
    }

    [Fact]
    public async Task TheLanguageSwitcher_OnAPageWithALanguageInItsAddress_SwitchesToTheOneChosen()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var kyrgyz = await HtmlPage.GetAsync(programme, "/Statistics?culture=ky&from=2026-01-01&to=2026-03-31");

        var switched = await HtmlPage.SubmitAsync(programme, kyrgyz, new Dictionary<string, string> { ["culture"] = "ru" }, "form[action='/Language']");

        Assert.Equal("/Statistics?from=2026-01-01&to=2026-03-31", switched.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal("ru", (await HtmlPage.ParseAsync(switched)).DocumentElement.GetAttribute("lang"));
        Assert.Equal("ru", (await HtmlPage.GetAsync(programme, "/Reports")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AReportWithoutTitleOrWithACustomPeriodBackwards_ShowsTheErrorsAndArchivesNothing()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports");

        var response = await HtmlPage.SubmitAsync(programme, form, new Dictionary<string, string>
        {
            ["Input.Title"] = string.Empty,
            ["Period"] = "custom",
            ["Input.From"] = "2026-06-30",
            ["Input.To"] = "2026-01-01",
        }, "form#generate");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Заполните поле «Название».", HtmlPage.ErrorFor(page, "Input.Title"));
        Assert.NotEmpty(HtmlPage.ErrorFor(page, "Input.To")!);
        Assert.Null(page.QuerySelector("#archive"));
    }

    [Fact]
    public async Task AReportOverlappingOnePublished_IsRefusedOnTheForm_KeepingItsNarrative_AndArchivesNothing()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var quarter = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Первый квартал" })).CreatedIdAsync();
        (await programme.PostAsJsonAsync($"/api/v1/reports/{quarter}/publish", new { version = 0 })).EnsureSuccessStatusCode();

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, await HtmlPage.GetAsync(programme, "/Reports"), new Dictionary<string, string>
        {
            ["Input.Title"] = "Полугодие",
            ["Input.Highlights"] = "Больше возвращённой зарплаты.",
            ["Period"] = "custom",
            ["Input.From"] = "2026-01-01",
            ["Input.To"] = "2026-06-30",
        }, "form#generate"));
        using var overApi = await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-06-30", title = "Полугодие" });

        Assert.StartsWith("Уже опубликован отчёт «Первый квартал», и его цифры пересекались бы", refused.QuerySelector(".validation-summary-errors")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Больше возвращённой зарплаты.", refused.QuerySelector("#Input_Highlights")!.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, overApi.StatusCode);
        Assert.StartsWith("Уже опубликован отчёт «Первый квартал»", (string?)(await overApi.ReadAsync())["detail"], StringComparison.Ordinal);
        Assert.Single((await programme.GetFromJsonAsync<JsonArray>("/api/v1/reports"))!);
    }

    [Fact]
    public async Task APeriodNotInTheList_IsRefusedOnThePeriod_NotAsMissingDates()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var form = await HtmlPage.GetAsync(programme, "/Reports");

        var response = await HtmlPage.SubmitAsync(programme, form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Отчёт",
            ["Period"] = "2027-Q1",
        }, "form#generate");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Выберите период из списка.", HtmlPage.ErrorFor(page, "Period"));
        Assert.Equal(string.Empty, HtmlPage.ErrorFor(page, "Input.From"));
        Assert.Null(page.QuerySelector("#archive"));
    }

    [Fact]
    public async Task TheCasePage_OffersItsReportInTheClientsLanguage()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var form = casePage.QuerySelector("form#case-report")!;

        using var report = await Client.GetAsync($"{form.GetAttribute("action")}?language=ky");

        Assert.Equal("ky", casePage.QuerySelector("#report-language option[selected]")!.GetAttribute("value"));
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".pdf", report.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoordinator_DownloadsTheCentresMonth()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var page = await HtmlPage.GetAsync(coordinator, "/CentreReport");
        var month = page.QuerySelector("#Month option[selected]")!.GetAttribute("value");

        using var report = await coordinator.GetAsync($"/CentreReport?handler=Download&Month={month}&Language=en");
        var refused = await HtmlPage.ParseAsync(await coordinator.GetAsync("/CentreReport?handler=Download&Month=2999-01&Language=en"));

        Assert.Null(page.QuerySelector("#CentreId"));
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(refused.QuerySelector(".validation-summary-errors")!.TextContent.Trim());
    }
}
