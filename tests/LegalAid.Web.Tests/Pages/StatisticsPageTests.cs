using System.Globalization;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

public sealed class StatisticsPageTests : WebTest
{
    [Fact]
    public async Task EveryTable_OffersCommaAndSemicolonCsv_AndTheWorkbookKeepsThePagesFilters()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-01-01&to=2026-06-30&centre=2&sex=Male");

        // The links carry the page's query only, as a browser resolves them against /Statistics.
        var links = page.QuerySelectorAll(".csv-links a").Select(a => "/Statistics" + a.GetAttribute("href")).ToList();
        var workbookLink = "/Statistics" + page.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? string.Empty).Single(href => href.Contains("format=Xlsx", StringComparison.Ordinal));
        var semicolon = await programme.GetByteArrayAsync(links.Single(l => l.Contains("table=Headline", StringComparison.Ordinal) && l.Contains("separator=Semicolon", StringComparison.Ordinal)));
        var workbook = new XlsxFile(await programme.GetByteArrayAsync(workbookLink));

        Assert.Equal(2 * 10, links.Count);
        Assert.All(links, l => Assert.Contains("centre=2", l, StringComparison.Ordinal));
        Assert.StartsWith("\uFEFFПоказатель;Период;", System.Text.Encoding.UTF8.GetString(semicolon), StringComparison.Ordinal);
        var facts = workbook.Rows(workbook.SheetNames[0]).Where(r => r.Count == 2).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(("01.01.2026 – 30.06.2026", "Центр поддержки мигрантов — Казань", "Мужской"), (facts["Период"], facts["Центр"], facts["Пол"]));
    }

    [Theory]
    [InlineData("ru", "Значение «вчера» в поле «Начало периода» недопустимо.")]
    [InlineData("ky", "«Мезгилдин башталышы» талаасындагы «вчера» мааниси туура эмес.")]
    [InlineData("en", "The value “вчера” in “From” is not valid.")]
    public async Task AFilterValueItCannotRead_IsNamedWithItsField_AndNoFiguresAreShown(string culture, string badDate)
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var page = await HtmlPage.GetAsync(programme, $"/Statistics?from=вчера&to=2026-06-30&culture={culture}&ui-culture={culture}");

        var summary = page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([badDate], summary);
        Assert.Empty(page.QuerySelectorAll(".csv-links a"));
    }

    [Fact]
    public async Task AListsValueItCannotRead_IsNamedWithTheList()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-01-01&to=2026-06-30&centre=1&centre=abc&ageBand=3&category=x1&lawyer=Ли");

        var summary = page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["Значение «3» в поле «Возраст» недопустимо.", "Значение «abc» в поле «Центр» недопустимо.",
             "Значение «x1» в поле «Категория» недопустимо.", "Значение «Ли» в поле «Юрист» недопустимо."],
            summary);
        Assert.Empty(page.QuerySelectorAll(".csv-links a"));
    }

    [Theory]
    [InlineData("/Statistics?centre=2")]
    [InlineData("/Statistics?centre=2&handler=Export&format=Csv")]
    public async Task ACoordinatorsFilterForAnotherCentre_IsRefused_AndTheFormKeepsItsPeriod(string address)
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var defaultPeriod = await HtmlPage.GetAsync(coordinator, "/Statistics");

        var refused = await HtmlPage.GetAsync(coordinator, address);

        Assert.NotEmpty(refused.QuerySelectorAll(".validation-summary-errors li"));
        Assert.Equal(defaultPeriod.QuerySelector("#from")!.GetAttribute("value"), refused.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal(defaultPeriod.QuerySelector("#to")!.GetAttribute("value"), refused.QuerySelector("#to")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AMedianOfHalfADay_IsShownAsTheExportsGiveIt()
    {
        var clientId = await Client.RegisterClientAsync();
        foreach (var closedOn in new[] { "2026-03-10", "2026-03-11" })
        {
            var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn = "2026-03-01" })).ReadAsync())["id"]!;
            (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "AdviceOnly", closedOn })).EnsureSuccessStatusCode();
        }

        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-03-01&to=2026-03-31");

        var median = page.QuerySelectorAll("table tr").First(row => row.TextContent.Contains("Медиана дней до закрытия", StringComparison.Ordinal));
        Assert.Equal("9,5", median.QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task AChartWithNothingToShow_SaysSo_InsteadOfAnEmptyFrame()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2020-01-01&to=2020-03-31");

        var figures = page.QuerySelectorAll("main figure").ToList();
        Assert.Equal(5, figures.Count);
        Assert.All(figures, f => Assert.Equal("Нет данных за выбранный период с этими фильтрами.", f.QuerySelector(".chart-no-data")?.TextContent.Trim()));
        Assert.All(figures, f => Assert.Null(f.QuerySelector("svg")));
    }

    [Fact]
    public async Task TheMonthlyCharts_TextAlternative_NamesBothOfItsSeries()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn = "2026-01-10" })).ReadAsync())["id"]!;
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { heldAt = "2026-01-15T10:00", channel = "Phone", durationMinutes = 10, categoryIds = new[] { 6 }, summary = "Звонок о зарплате." })).EnsureSuccessStatusCode();
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-01-01&to=2026-02-28");

        var months = page.QuerySelector("#chart-Monthly-desc")!.TextContent.Split(": ", 2)[1].Split("; ");
        Assert.Equal(2, months.Length);
        Assert.All(months, month => Assert.Matches(@": Консультации \d+, Новые клиенты \d+$", month));
    }

    [Fact]
    public async Task APeriodNotYetOver_AndAChannelOrProblemFilter_SayWhatTheFiguresMean_AndTheComparedPeriodsShowTheirDates()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        // Around today, whatever the month: a month either side of it is running at the centres whatever their time zone.
        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var running = await HtmlPage.GetAsync(programme, $"/Statistics?from={Day(thisMonth.AddMonths(-1))}&to={Day(thisMonth.AddMonths(2).AddDays(-1))}&channel=Phone&category=6");
        var past = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-01-01&to=2026-03-31");
        var future = await HtmlPage.GetAsync(programme, $"/Statistics?from={Day(thisMonth.AddMonths(4))}&to={Day(thisMonth.AddMonths(7).AddDays(-1))}");

        Assert.StartsWith("Период ещё не закончился", running.QuerySelector("#period-not-over")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Фильтр по каналу отбирает только консультации.", running.QuerySelector("#channel-consultations-only")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(past.QuerySelector("#period-not-over"));
        Assert.StartsWith("Период ещё не начался", future.QuerySelector("#period-not-started")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(future.QuerySelector("#period-not-over"));
        Assert.Null(running.QuerySelector("#period-not-started"));
        Assert.StartsWith("Фильтр по проблеме отбирает дела и консультации", running.QuerySelector("#category-main-or-other")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(past.QuerySelector("#channel-consultations-only"));
        Assert.Null(past.QuerySelector("#category-main-or-other"));
        Assert.Equal(("01.10.2025 – 31.12.2025", "01.01.2025 – 31.03.2025"), (past.QuerySelector("#previous-period")!.TextContent, past.QuerySelector("#year-before")!.TextContent));
    }

    [Fact]
    public async Task TheCentresCodes_TheTablesUse_AreSpelledOutInTheReadersLanguage()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var page = await HtmlPage.GetAsync(programme, "/Statistics?from=2026-01-01&to=2026-03-31&ui-culture=ky&culture=ky");

        Assert.Equal("Таблицалардагы борборлор: MOW — Мигранттарды колдоо борбору — Москва; KZN — Мигранттарды колдоо борбору — Казань; "
            + "CHE — Мигранттарды колдоо борбору — Челябинск", page.QuerySelector("#centre-codes")!.TextContent.Trim());
        Assert.Contains("KZN", page.QuerySelector("#table-ConsultationsByCentreAndCategory thead")!.TextContent, StringComparison.Ordinal);
    }
}
