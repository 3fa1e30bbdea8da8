using System.Globalization;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>The desk page: every pending deadline is reachable, fifty a page, however many there are.</summary>
public sealed class DeskPageTests : WebTest
{
    [Fact]
    public async Task TheFiftyFirstDueItem_IsOnTheNextPage_AndThePageOfOpenCasesIsKept()
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(60);
        for (var i = 1; i <= 52; i++)
        {
            var dueOn = today.AddDays(-60 + i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "DocumentDue", dueOn, note = $"Справка № {i}" })).EnsureSuccessStatusCode();
        }

        var first = await HtmlPage.GetAsync(Client, "/?pageNumber=1");
        var links = first.QuerySelectorAll("#due-pager a.page-link");
        var next = links[^1].GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(Client, next);

        Assert.Equal(50, first.QuerySelectorAll("#due-list li").Length);
        Assert.Contains("Всего: 52", first.QuerySelector("#due-pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("duePage=2", next, StringComparison.Ordinal);
        Assert.Contains("pageNumber=1", next, StringComparison.Ordinal);
        Assert.Equal(["Справка № 51", "Справка № 52"], second.QuerySelectorAll("#due-list li .text-muted").Select(n => n.TextContent.Trim()));
        Assert.Equal("Справка № 1", first.QuerySelector("#due-list li .text-muted")!.TextContent.Trim());
    }

    [Fact]
    public async Task APagerStepThatLeadsNowhere_IsNoLink_AndAPagePastTheEndLeadsBackToTheLast()
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(60);
        for (var i = 1; i <= 51; i++)
        {
            var dueOn = today.AddDays(-60 + i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "DocumentDue", dueOn })).EnsureSuccessStatusCode();
        }

        static string[] Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("#due-pager a.page-link").Select(a => a.TextContent.Trim() + " " + a.GetAttribute("href")).ToArray();

        var first = Links(await HtmlPage.GetAsync(Client, "/"));
        var last = Links(await HtmlPage.GetAsync(Client, "/?duePage=2"));
        var beyondPage = await HtmlPage.GetAsync(Client, "/?duePage=9");

        Assert.Equal(["Дальше /?duePage=2"], first);
        Assert.Equal(["Назад /?duePage=1"], last);
        Assert.Equal(["Назад /?duePage=2"], Links(beyondPage));
        Assert.Equal("Страницы 9 нет, последняя — 2", beyondPage.QuerySelector("#due-pager .active")!.TextContent.Trim());
    }

    [Fact]
    public async Task APagePastTheEndOfAOnePageList_SaysSo_AndLeadsBackToIt()
    {
        await Client.OpenCaseAsync(await Client.RegisterClientAsync());

        var page = await HtmlPage.GetAsync(Client, "/Cases?pageNumber=5000");

        Assert.Equal("Страницы 5000 нет, последняя — 1", page.QuerySelector(".pagination .active")!.TextContent.Trim());
        Assert.Equal("/Cases?pageNumber=1", page.QuerySelector(".pagination a.page-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheCountOfWhatIsDueToday_LeadsToItsFirstItem_MarkedAsToday_BehindAPageOfOverdueOnes()
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(60);
        for (var i = 0; i <= 51; i++)
        {
            var dueOn = today.AddDays(i - 51).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = i == 51 ? "CourtHearing" : "DocumentDue", dueOn, note = $"Пункт № {i}" })).EnsureSuccessStatusCode();
        }

        var desk = await HtmlPage.GetAsync(Client, "/");
        var link = desk.QuerySelector("#desk-due-today")!;
        var href = link.GetAttribute("href")!;
        var page = await HtmlPage.GetAsync(Client, href);
        var item = page.QuerySelector("#due-today")!;

        Assert.Equal("Сегодня: 1", link.TextContent.Trim());
        Assert.EndsWith("duePage=2#due-today", href, StringComparison.Ordinal);
        Assert.Null(desk.QuerySelector("#due-today"));
        Assert.Contains("list-group-item-warning", item.ClassName, StringComparison.Ordinal);
        Assert.Equal("Сегодня", item.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal("Пункт № 51", item.QuerySelector(".text-muted")!.TextContent.Trim());
    }

    [Fact]
    public async Task ACasesNextFollowUp_IsNamedAsTheDueListNamesIt()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var today = DateOnly.Parse((string)(await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["today"]!, CultureInfo.InvariantCulture);
        var followUpOn = today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок", followUpOn })).EnsureSuccessStatusCode();

        var desk = await HtmlPage.GetAsync(Client, "/");
        string Text(string selector) => System.Text.RegularExpressions.Regex.Replace(desk.QuerySelector(selector)!.TextContent, @"\s+", " ");

        Assert.Contains("· Следующий контакт ·", Text("#due-list"), StringComparison.Ordinal);
        Assert.Contains("· Следующий контакт", Text("#my-open-cases"), StringComparison.Ordinal);
        Assert.DoesNotContain("Перезвонить клиенту", Text("#my-open-cases"), StringComparison.Ordinal);
    }
}
