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
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        var today = DateOnly.Parse((string)(await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["today"]!, CultureInfo.InvariantCulture);
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
}
