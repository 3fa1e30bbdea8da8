using System.Net;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>
/// A Production node behind the compose file's proxy (<c>deploy/Caddyfile</c>, run by Debian's Caddy): what a user of
/// <c>docker compose up</c> meets, without Docker.
/// </summary>
public sealed class BehindTheProxyTests : IAsyncLifetime
{
    private readonly LegalAidFactory node = new(new Dictionary<string, string> { ["environment"] = "Production" });
    private CaddyProxy proxy = null!;

    public async ValueTask InitializeAsync()
    {
        node.StartOnLoopback();
        await node.SeedAccountsAsync();
        proxy = await CaddyProxy.StartAsync(node.ClientOptions.BaseAddress);
    }

    [Fact]
    public async Task PlainHttp_IsSentToHttpsByTheProxy()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(proxy.Http, "/Cases?page=2"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(Uri.UriSchemeHttps, response.Headers.Location?.Scheme);
        Assert.Equal("/Cases?page=2", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task OverTheProxysHttps_ALawyerSignsInWithSecureCookies_AndWorks()
    {
        using var browser = proxy.Browser();

        var signedIn = await SignInAsync(browser);
        var desk = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), cookie =>
            cookie.StartsWith($"{LegalAidFactory.SessionCookie}=", StringComparison.Ordinal) && cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
    }

    [Fact]
    public async Task AnAddressTheClientClaims_IsNotBelieved_TheSessionKeepsTheOneItCameFrom()
    {
        using var browser = proxy.Browser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        await SignInAsync(browser);
        var sessions = await (await browser.GetAsync("/api/v1/account/sessions")).ReadAsync();

        var address = (string?)Assert.Single(sessions.AsArray())!["ipAddress"];
        Assert.True(IPAddress.TryParse(address, out var parsed) && IPAddress.IsLoopback(parsed), $"The session was recorded from {address}.");
    }

    [Fact]
    public async Task AnImportFileOfTwentyMegabytesAndMore_ReachesTheApp()
    {
        using var coordinator = proxy.Browser();
        await SignInAsync(coordinator, LegalAidFactory.CoordinatorMow);
        var row = ApiJson.ImportSheet.Split('\n')[1] + "\n";
        var sheet = ApiJson.ImportSheet + string.Concat(Enumerable.Repeat(row, 150_000));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(sheet), 20 * 1024 * 1024, 50 * 1024 * 1024);

        var response = await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(sheet));

        await response.CreatedIdAsync();
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email = LegalAidFactory.LawyerMow) =>
        await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/Account/Login"), new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = LegalAidFactory.Password,
        });

    public async ValueTask DisposeAsync()
    {
        await proxy.DisposeAsync();
        await node.DisposeAsync();
    }
}
