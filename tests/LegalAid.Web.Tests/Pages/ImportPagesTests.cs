using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

public sealed class ImportPagesTests : WebTest
{
    private const string Header = "Фамилия;Имя;Пол;Дата рождения;Гражданство;Согласие дано;Проблема;Дата консультации;Канал;Юрист;Длительность, мин;Содержание";
    private const string Called = "Үсөнбаев;Нурлан;М;17.05.1990;Кыргызстан;01.03.2026;unpaid-wages;10.03.2026;звонок;Тест Lawyer 1;45;Консультация по зарплате";
    private const string Impossible = "Мамытова;Айгүл;Ж;1995;Кыргызстан;01.03.2026;unpaid-wages;31.02.2026;Лично;Тест Lawyer 1;30;Консультация по зарплате";

    private HttpClient coordinator = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
    }

    [Fact]
    public async Task ACoordinator_ChecksAFile_MapsTheCentresWords_AndImportsIt()
    {
        var checkedPage = await CheckAsync(Header, Called);
        Assert.Contains("«звонок»", checkedPage.QuerySelector("#mapping-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Канал: «звонок» ещё не сопоставлено", checkedPage.QuerySelector("table.small tbody")!.TextContent, StringComparison.Ordinal);

        var mapped = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, checkedPage, new Dictionary<string, string> { ["Mappings[0].TargetId"] = "2" }, "form[action*='handler=Mappings']"));
        Assert.Null(mapped.QuerySelector("#mapping-heading"));
        var imported = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, mapped, new Dictionary<string, string>(), "form[action*='handler=Run']"));

        Assert.Equal(("Строк к импорту", "1"), Summary(mapped)[0]);
        Assert.Equal(("Строк с ошибками", "0"), Summary(mapped)[1]);
        Assert.Equal("Импортировано", imported.QuerySelector("#summary-heading")!.TextContent.Trim());
        Assert.Equal(("Импортировано строк", "1"), Summary(imported)[0]);
        var kyrgyz = await HtmlPage.GetAsync(coordinator, new Uri(imported.Url).AbsolutePath + "?culture=ky&ui-culture=ky");
        Assert.Equal(("Импорттолгон саптар", "1"), Summary(kyrgyz)[0]);
        Assert.Contains("MOW-2026-00001", imported.QuerySelector("table.small tbody")!.TextContent, StringComparison.Ordinal);
        var consultation = await Factory.InDatabaseAsync(db => db.Consultations.Include(c => c.Case).ThenInclude(c => c.Client).SingleAsync());
        Assert.Equal(("Үсөнбаев", Domain.Consultations.ConsultationChannel.Phone), (consultation.Case.Client.Name.FamilyName, consultation.Channel));
        var row = imported.QuerySelector("table.small tbody tr")!;
        Assert.Equal("Импортирована", row.Children[1].TextContent.Trim());
        Assert.Equal($"/Clients/{consultation.Case.ClientId}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RejectedRows_AreRefusedInTheSummaryUnlessSkipped_AndCanBeDownloaded()
    {
        var checkedPage = await CheckAsync(Header, Impossible, Impossible.Replace("Мамытова", "Токтогулова", StringComparison.Ordinal).Replace("31.02.2026", "27.02.2026", StringComparison.Ordinal));
        var run = "form[action*='handler=Run']";

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, checkedPage, new Dictionary<string, string>(), run));
        var skipped = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, refused, new Dictionary<string, string> { ["skipRejected"] = "true" }, run));
        var rejects = await coordinator.GetAsync(skipped.QuerySelector("a[href*='handler=Rejects']")!.GetAttribute("href"));

        Assert.Contains("В строках с ошибками: 1", refused.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
        Assert.Equal("text/csv", rejects.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Мамытова", await rejects.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADiscardedImport_SaysWhatTheCheckFound_NotThatRowsWillBeImported()
    {
        var checkedPage = await CheckAsync(Header, Called.Replace("звонок", "Лично", StringComparison.Ordinal), Impossible);

        await HtmlPage.SubmitAsync(coordinator, checkedPage, new Dictionary<string, string>(), "form[action*='handler=Discard']");
        var discarded = await HtmlPage.GetAsync(coordinator, new Uri(checkedPage.Url).AbsolutePath);

        Assert.Equal([("Строк к импорту", "1"), ("Строк с ошибками", "1")], Summary(checkedPage)[..2]);
        Assert.Equal("Что нашла проверка", discarded.QuerySelector("#summary-heading")!.TextContent.Trim());
        Assert.Equal([("Строк без ошибок", "1"), ("Строк с ошибками", "1")], Summary(discarded)[..2]);
        Assert.Equal(["Без ошибок", "Ошибка"], discarded.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(cell => cell.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task AFileThatIsNoSpreadsheet_IsSaidToBeUnusable_WithoutAnEmptyFormat()
    {
        var csv = await CheckAsync(Header, Called);
        var broken = await CheckFileAsync([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x13, 0x37], "клиенты.xlsx");

        Assert.StartsWith("Прочитан как CSV, кодировка", csv.QuerySelector("#summary-heading + p")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Файл не годится для импорта", broken.QuerySelector("#summary-heading")!.TextContent.Trim());
        Assert.DoesNotContain("Прочитан как", broken.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task TheProgressBar_AsksAHandlerThatAnswersJson()
    {
        var page = await CheckAsync(Header, Called);
        var url = page.QuerySelector("#import-progress")!.GetAttribute("data-url")!;

        var progress = await coordinator.GetFromJsonAsync<Dictionary<string, object?>>(url);

        Assert.Equal("False", progress!["running"]!.ToString(), ignoreCase: true);
        var script = page.QuerySelector("script[src^='/js/import-progress.']")!.GetAttribute("src")!;
        Assert.Matches(@"^/js/import-progress\.[a-z0-9]{10}\.js$", script);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(script)).StatusCode);
    }

    [Fact]
    public async Task AnotherCentresCoordinator_AndALawyer_CannotSeeTheImport()
    {
        var page = await CheckAsync(Header, Called);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);

        Assert.Equal(HttpStatusCode.NotFound, (await kazan.GetAsync(page.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(page.Url)).StatusCode);
    }

    [Fact]
    public async Task TheTemplate_IsAWorkbookWithTheCentresLists()
    {
        var index = await HtmlPage.GetAsync(coordinator, "/Imports");

        var template = await coordinator.GetAsync(index.QuerySelector("a[href*='handler=Template'][href*='format=Xlsx']")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("legalaid-import-ru.xlsx", template.Content.Headers.ContentDisposition!.FileNameStar);
    }

    /// <summary>The report's counts after the file's own row count: each caption with its number.</summary>
    private static (string Caption, string Count)[] Summary(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#summary-heading ~ dl dt").Skip(1).Select(dt => (dt.TextContent.Trim(), dt.NextElementSibling!.TextContent.Trim()))];

    /// <summary>Uploads the lines as a CSV file on the import page and runs its check; the page with the report.</summary>
    private Task<IHtmlDocument> CheckAsync(params string[] lines) =>
        CheckFileAsync(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"), "клиенты.csv");

    private async Task<IHtmlDocument> CheckFileAsync(byte[] content, string fileName)
    {
        var index = await HtmlPage.GetAsync(coordinator, "/Imports");
        var token = index.QuerySelector("form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var uploaded = await coordinator.PostAsync("/Imports?handler=Upload", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        });
        var details = await HtmlPage.ParseAsync(uploaded);
        Assert.Matches(@"^/Imports/\d+$", uploaded.RequestMessage!.RequestUri!.AbsolutePath);
        return await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, details, new Dictionary<string, string>(), "form[action*='handler=Check']"));
    }

    public new async ValueTask DisposeAsync()
    {
        coordinator.Dispose();
        await base.DisposeAsync();
    }
}
