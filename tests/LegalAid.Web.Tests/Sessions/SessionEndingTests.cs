using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Dom;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using LegalAid.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Sessions;

/// <summary>
/// A session ends on the server: a copy of its cookie (another tab, a stolen copy, a shared computer) is refused
/// on the very next request once the user signs out or the account is locked or changed.
/// </summary>
public sealed class SessionEndingTests : WebTest
{
    [Fact]
    public async Task SigningOut_RefusesTheOldCookieOnTheNextRequest()
    {
        var (browser, cookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var copy = Factory.WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Cases")).StatusCode);

        await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/"), new Dictionary<string, string>(), "form[action='/Account/Logout']");

        Assert.Equal("/Account/Login", Sent.RedirectPath(await copy.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task LockingTheAccount_EndsItsSessionsOnTheNextRequest_AndTheirWritesChangeNothing()
    {
        var (browser, cookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var copy = Factory.WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/cases")).StatusCode);

        await AdministerAsync("Lock", LegalAidFactory.LawyerKzn);
        var clients = await CountClientsAsync();
        var write = await copy.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient("Өмүрбеков"));

        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(clients, await CountClientsAsync());
        Assert.Equal("/Account/Login", Sent.RedirectPath(await browser.GetAsync("/Cases")));
        browser.Dispose();
    }

    [Fact]
    public async Task ResettingThePassword_EndsTheAccountsSessionsOnTheNextRequest()
    {
        var (browser, cookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var copy = Factory.WithCookie(cookie);

        await AdministerAsync("Reset", LegalAidFactory.LawyerKzn);

        Assert.Equal("/Account/Login", Sent.RedirectPath(await copy.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/cases")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task ChangingTheRole_EndsTheAccountsSessionsOnTheNextRequest()
    {
        var (browser, cookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var copy = Factory.WithCookie(cookie);

        await AdministerAsync("Role", LegalAidFactory.LawyerKzn, new Dictionary<string, string> { ["role"] = "Coordinator" });

        Assert.Equal("/Account/Login", Sent.RedirectPath(await copy.GetAsync("/Cases")));
        using var again = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/CentreReport")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task ChangingMyPassword_KeepsThisSession_AndEndsMyOthers()
    {
        var (otherDevice, otherCookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        using var other = Factory.WithCookie(otherCookie);

        await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = LegalAidFactory.Password,
            ["Input.NewPassword"] = "ақ мөңгү жайлоо көл",
            ["Input.ConfirmPassword"] = "ақ мөңгү жайлоо көл",
        });

        Assert.Equal("/Cases", (await Client.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/Login", Sent.RedirectPath(await other.GetAsync("/Cases")));
        otherDevice.Dispose();
    }

    [Fact]
    public async Task ALockedAccountsApiToken_IsRefused()
    {
        var secret = await ApiTokenTests.IssueTokenAsync(Client, "Excel");
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await tool.GetAsync("/api/v1/cases")).StatusCode);

        await AdministerAsync("Lock", LegalAidFactory.LawyerMow);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tool.GetAsync("/api/v1/cases")).StatusCode);
    }

    /// <summary>Presses one of the buttons of an account's row on the administrator's accounts page.</summary>
    [Fact]
    public async Task ResettingThePassword_RevokesTheAccountsApiTokens_AndSaysSo()
    {
        var secret = await ApiTokenTests.IssueTokenAsync(Client, "Excel");
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var accounts = await AdministerAsync("Reset", LegalAidFactory.LawyerMow);

        Assert.Equal("Отозвано API-токенов этой учётной записи: 1.", accounts.QuerySelector(".alert-warning p")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Unauthorized, (await tool.GetAsync("/api/v1/cases")).StatusCode);
    }

    private async Task<IDocument> AdministerAsync(string handler, string email, Dictionary<string, string>? fields = null)
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var userId = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var page = await HtmlPage.GetAsync(admin, handler == "Reset" ? $"/Admin/Accounts?confirmReset={userId}" : "/Admin/Accounts");
        var response = await HtmlPage.SubmitAsync(admin, page, fields ?? [], $"form[action*='handler={handler}'][action*='{userId}']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlPage.ParseAsync(response);
    }

    private Task<int> CountClientsAsync() => Factory.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().CountAsync());
}
