using System.Net;
using System.Net.Http.Headers;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Security;

public sealed class ApiTokenTests : WebTest
{
    [Fact]
    public async Task ATokenIssuedOnTheTokensPage_CallsTheApiAsItsAccount()
    {
        var secret = await IssueTokenAsync(Client, "Excel-отчёт");
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var response = await tool.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lastUsedUtc = await Factory.InDatabaseAsync(db => db.ApiTokens.Select(t => t.LastUsedAtUtc).SingleAsync());
        var row = (await HtmlPage.GetAsync(Client, "/Account/Tokens")).QuerySelector("main table tbody tr")!;
        var inMoscow = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(lastUsedUtc!.Value, "Europe/Moscow").ToString("g", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        Assert.Equal(inMoscow, row.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task TheTokensPage_LeadsToTheApiReference()
    {
        var link = (await HtmlPage.GetAsync(Client, "/Account/Tokens")).QuerySelector("main a[href='/api-reference']");

        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task ARevokedOrMadeUpToken_IsRefused()
    {
        var secret = await IssueTokenAsync(Client, "Power BI");
        var tokens = await HtmlPage.GetAsync(Client, "/Account/Tokens");
        await HtmlPage.SubmitAsync(Client, tokens, new Dictionary<string, string>(), "form[action*='handler=Revoke']");
        using var tool = Factory.CreateClient();

        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var revoked = await tool.GetAsync("/api/v1/cases");
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "la_made-up-token");
        var madeUp = await tool.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", madeUp.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task APasswordChange_RevokesTheAccountsTokens_AndSaysSo()
    {
        var secret = await IssueTokenAsync(Client, "Power BI");
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/v1/cases")).StatusCode);

        var changed = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = LegalAidFactory.Password,
            ["Input.NewPassword"] = "ақ мөңгү жайлоо көл",
            ["Input.ConfirmPassword"] = "ақ мөңгү жайлоо көл",
        }));

        var notice = changed.QuerySelector(".alert-success a[href='/Account/Tokens']");
        Assert.Equal("Отозвано ваших API-токенов: 1. Программам, которые ими пользовались, нужны новые токены.", notice?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Unauthorized, (await tool.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task WithoutAToken_TheApiAnswers401NamingTheBearerScheme()
    {
        using var anonymous = Factory.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task ATokenCarriesItsAccountsRole_NotMore()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var secret = await IssueTokenAsync(programme, "BI");
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        Assert.Equal(HttpStatusCode.Forbidden, (await tool.GetAsync("/api/v1/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/v1/lookups")).StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    public async Task ATokenForNoDaysOrOverAYear_IsRefusedSayingTheRange(string days)
    {
        var page = await HtmlPage.GetAsync(Client, "/Account/Tokens");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string> { ["Input.Name"] = "BI", ["Input.DaysValid"] = days }, "form[action*='handler=Issue']"));

        Assert.Equal("Срок действия — от 1 до 365 дней.", HtmlPage.ErrorFor(refused, "Input.DaysValid"));
    }

    internal static async Task<string> IssueTokenAsync(HttpClient browser, string name)
    {
        var page = await HtmlPage.GetAsync(browser, "/Account/Tokens");
        var issued = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, page, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.DaysValid"] = "30" }, "form[action*='handler=Issue']"));
        var secret = issued.QuerySelector(".alert-warning code")!.TextContent.Trim();
        Assert.StartsWith("la_", secret, StringComparison.Ordinal);
        Assert.Contains(name, issued.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        return secret;
    }
}
