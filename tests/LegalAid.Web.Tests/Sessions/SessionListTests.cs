using System.Net;
using System.Text.Json.Nodes;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Sessions;

/// <summary>People see where they are signed in and end what they do not recognise; administrators end all of an account's sessions.</summary>
public sealed class SessionListTests : WebTest
{
    private const string AndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    [Fact]
    public async Task TheSessionsPage_ListsMySessions_MarksThisOne_AndEndsAnother()
    {
        using var phone = await SignInOnAPhoneAsync(LegalAidFactory.LawyerMow);
        using var elsewhere = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);

        var page = await HtmlPage.GetAsync(Client, "/Account/Sessions");
        var rows = page.QuerySelectorAll("#sessions tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        var mine = Assert.Single(rows, r => r.Contains("Этот сеанс", StringComparison.Ordinal));
        Assert.Contains("Неизвестное устройство", mine, StringComparison.Ordinal);
        var phoneRow = Assert.Single(rows, r => r.Contains("Chrome · Android", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1", phoneRow, StringComparison.Ordinal);

        var ended = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "form[action*='handler=End']"));

        Assert.Equal("Сеанс завершён: на том устройстве придётся войти заново.", ended.QuerySelector("#done")!.TextContent.Trim());
        Assert.Equal("/Account/Login", (await phone.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Single((await HtmlPage.GetAsync(Client, "/Account/Sessions")).QuerySelectorAll("#sessions tbody tr"));
        Assert.Equal("/Cases", (await elsewhere.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await Factory.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditAction.SessionEnded && e.EntityType == "Session" && e.UserName == LegalAidFactory.LawyerMow)));
    }

    [Fact]
    public async Task TheSessionsApi_ListsAndEndsMySessions_ButNotSomeoneElses()
    {
        using var phone = await SignInOnAPhoneAsync(LegalAidFactory.LawyerMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        var kazanSession = (int)(await ListAsync(kazan)).Single()!["id"]!;

        var mine = await ListAsync(Client);
        Assert.Equal(2, mine.Count);
        Assert.True((bool)mine.Single(s => (string?)s!["device"] is null)!["isCurrent"]!);
        var phoneSession = mine.Single(s => (string?)s!["device"] == "Chrome · Android")!;
        Assert.False((bool)phoneSession["isCurrent"]!);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"/api/v1/account/sessions/{kazanSession}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/account/sessions/{(int)phoneSession["id"]!}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kazan.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Single(await ListAsync(Client));
    }

    [Fact]
    public async Task AnAdministrator_EndsEverySessionOfAnAccount()
    {
        var (laptop, laptopCookie) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var phone = await SignInOnAPhoneAsync(LegalAidFactory.LawyerKzn);
        using var copy = Factory.WithCookie(laptopCookie);
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var userId = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerKzn).Select(u => u.Id).SingleAsync());
        var accounts = await HtmlPage.GetAsync(admin, "/Admin/Accounts");

        var ended = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, accounts, new Dictionary<string, string>(), $"form[action*='handler=EndSessions'][action*='{userId}']"));

        Assert.Contains($"Завершено сеансов {LegalAidFactory.LawyerKzn}: 2.", ended.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Account/Login", Sent.RedirectPath(await copy.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Null(ended.QuerySelector($"form[action*='handler=EndSessions'][action*='{userId}']"));
        Assert.True(await Factory.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditAction.SessionEnded && e.EntityType == "Account" && e.EntityId == userId && e.UserName == LegalAidFactory.Admin)));
        var audited = Assert.Single((await HtmlPage.GetAsync(admin, $"/Audit?action=SessionEnded&user={LegalAidFactory.Admin}")).QuerySelectorAll("#audit-entries tbody tr"));
        Assert.Contains("Завершено сеансов: 2 (администратором)", audited.TextContent, StringComparison.Ordinal);
        laptop.Dispose();
    }

    [Fact]
    public async Task SigningInOverAnotherAccountsCookie_StartsANewSession()
    {
        var (planter, planted) = await Factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        var jar = new CookieContainer();
        jar.SetCookies(new Uri("http://localhost"), planted);
        using var victim = Factory.CreateDefaultClient(new CookieContainerHandler(jar));

        await LegalAidFactory.TrySignInAsync(victim, LegalAidFactory.LawyerMow, LegalAidFactory.Password);

        using var copy = Factory.WithCookie(planted);
        Assert.Contains("Тест Lawyer 2", (await HtmlPage.ParseAsync(await copy.GetAsync("/"))).QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Тест Lawyer 1", (await HtmlPage.GetAsync(victim, "/")).QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
        planter.Dispose();
    }

    [Fact]
    public async Task EndAllOtherSessions_SignsOutEveryOtherBrowser_AndKeepsThisOne()
    {
        using var phone = await SignInOnAPhoneAsync(LegalAidFactory.LawyerMow);
        using var laptop = await Factory.SignInAsync(LegalAidFactory.LawyerMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        var page = await HtmlPage.GetAsync(Client, "/Account/Sessions");

        var ended = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "form[action*='handler=EndOthers']"));

        Assert.StartsWith("Завершено других сеансов: 2.", ended.QuerySelector("#ended")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Этот сеанс", Assert.Single(ended.QuerySelectorAll("#sessions tbody tr")).QuerySelector(".badge")!.TextContent);
        Assert.Null(ended.QuerySelector("form[action*='handler=EndOthers']"));
        Assert.Equal("/Account/Login", (await phone.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/Login", (await laptop.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Cases", (await kazan.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await Factory.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditAction.SessionEnded && e.Details == """{"Count":2,"ByAdministrator":false}""" && e.UserName == LegalAidFactory.LawyerMow)));
    }

    [Fact]
    public async Task TheSessionsApi_EndsAllOtherSessions()
    {
        using var phone = await SignInOnAPhoneAsync(LegalAidFactory.LawyerMow);

        var response = await Client.DeleteAsync("/api/v1/account/sessions");

        Assert.Equal(1, (int)(await response.ReadAsync())["ended"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Single(await ListAsync(Client));
    }

    private async Task<HttpClient> SignInOnAPhoneAsync(string email)
    {
        var phone = Factory.CreateClient();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd(AndroidChrome);
        var signedIn = await LegalAidFactory.TrySignInAsync(phone, email, LegalAidFactory.Password);
        Assert.Equal("/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        return phone;
    }

    private static async Task<JsonArray> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/account/sessions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync()).AsArray();
    }
}
