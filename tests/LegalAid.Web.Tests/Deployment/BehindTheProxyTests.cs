using System.Net;
using System.Text;
using LegalAid.Domain.Imports;
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

    /// <summary>The app answers 400 to what it takes for plain HTTP: it must believe the proxy's X-Forwarded-Proto.</summary>
    [Fact]
    public async Task OverTheProxysHttps_ALawyerSignsInAndWorks()
    {
        using var browser = proxy.Browser();

        var signedIn = await SignInAsync(browser);
        var desk = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
    }

    [Fact]
    public async Task TheAppRecordsTheAddressTheProxySaw_NotOneTheClientClaims()
    {
        var from = IPAddress.Parse("127.0.0.2");
        using var browser = proxy.Browser(from);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        await SignInAsync(browser);
        var sessions = await (await browser.GetAsync("/api/v1/account/sessions")).ReadAsync();

        Assert.Equal(from.ToString(), (string?)Assert.Single(sessions.AsArray())!["ipAddress"]);
    }

    [Fact]
    public async Task TheLargestImportTheAppTakes_ReachesIt()
    {
        using var coordinator = proxy.Browser();
        await SignInAsync(coordinator, LegalAidFactory.CoordinatorMow);

        var response = await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(SheetOfTheLargestSize()));

        await response.CreatedIdAsync();
    }

    /// <summary>The import sheet with its row repeated to exactly the largest file an import takes (50 MiB).</summary>
    private static byte[] SheetOfTheLargestSize()
    {
        var file = new byte[DataImport.MaxFileBytes];
        var sheet = Encoding.UTF8.GetBytes(ApiJson.ImportSheet);
        var row = Encoding.UTF8.GetBytes(ApiJson.ImportSheet.Split('\n')[1] + "\n");
        sheet.CopyTo(file, 0);
        for (var at = sheet.Length; at < file.Length; at += row.Length)
        {
            row.AsSpan(0, Math.Min(row.Length, file.Length - at)).CopyTo(file.AsSpan(at));
        }

        return file;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email = LegalAidFactory.LawyerMow) =>
        await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/Account/Login"), new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = LegalAidFactory.Password,
        });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (proxy is not null)
            {
                await proxy.DisposeAsync();
            }
        }
        finally
        {
            await node.DisposeAsync();
        }
    }
}
