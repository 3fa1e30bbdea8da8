using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;

namespace LegalAid.Web.Tests.Security;

public sealed class SecurityHeadersTests : WebTest
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Cases")]
    [InlineData("/api/v1/lookups")]
    [InlineData("/api/v1/cases")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoPageOrAnswerIsKept(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task TheSessionCookie_IsHttpOnlyAndSameSite()
    {
        using var browser = Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.LawyerKzn, LegalAidFactory.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LegalAid.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ScriptInANameIsShownAsText()
    {
        const string payload = "<script>alert('xss')</script>";
        var id = await Client.RegisterClientAsync(payload);

        var html = await (await Client.GetAsync($"/Clients/{id}")).Content.ReadAsStringAsync();
        var page = await HtmlPage.GetAsync(Client, $"/Clients/{id}");

        Assert.DoesNotContain(payload, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.StartsWith(payload, page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task KyrgyzLettersGoOutAsUtf8AndMarkupStaysEncoded()
    {
        var id = await Client.RegisterClientAsync("Үсөнбаев <Ң & ө>");

        var html = await (await Client.GetAsync($"/Clients/{id}")).Content.ReadAsStringAsync();

        Assert.Contains("Үсөнбаев &lt;Ң &amp; ө&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x4AE;", html, StringComparison.Ordinal);
    }
}
