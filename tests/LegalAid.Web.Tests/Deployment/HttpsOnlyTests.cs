using System.Net;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>The app in the Production environment, where its cookies are Secure, asked over plain HTTP and over HTTPS.</summary>
public sealed class HttpsOnlyTests
{
    private static readonly Uri Http = new("http://localhost");
    private static readonly Uri Https = new("https://localhost");

    private static LegalAidFactory Production(params (string Key, string Value)[] settings) =>
        new(settings.Append((Key: "environment", Value: "Production")).ToDictionary(s => s.Key, s => s.Value));

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Error")]
    [InlineData("/")]
    public async Task APageOverPlainHttp_SaysToUseHttps(string path)
    {
        await using var factory = Production();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"https://localhost{path}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiOverPlainHttp_AnswersAProblemNamingTheHttpsAddress()
    {
        await using var factory = Production();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/v1/lookups?language=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("https://localhost/api/v1/lookups", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheHttpsPortIsKnown_PlainHttpIsRedirected()
    {
        await using var factory = Production(("https_port", "8443"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://localhost:8443/Account/Login"), response.Headers.Location);
    }

    [Fact]
    public async Task OverHttps_SigningInWorksWithSecureCookies()
    {
        await using var factory = Production();
        await factory.SeedAccountsAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = false });

        var form = await client.GetAsync("/Account/Login");
        var signedIn = await HtmlPage.SubmitAsync(client, await HtmlPage.ParseAsync(form), new Dictionary<string, string>
        {
            ["Input.Email"] = LegalAidFactory.LawyerMow,
            ["Input.Password"] = LegalAidFactory.Password,
        });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.All(form.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("LegalAid.Session=", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HealthProbesAnswerOverPlainHttp()
    {
        await using var factory = Production();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task TheProxysForwardedProto_CountsOnlyFromAKnownProxy()
    {
        // The test server's requests come from 127.0.0.1.
        await using var trusted = Production(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        await using var untrusted = Production(("ForwardedHeaders:KnownNetworks:0", "192.0.2.0/24"));

        Assert.Equal(HttpStatusCode.OK, (await LoginBehindProxyAsync(trusted)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await LoginBehindProxyAsync(untrusted)).StatusCode);
    }

    private static async Task<HttpResponseMessage> LoginBehindProxyAsync(LegalAidFactory factory)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return await client.SendAsync(request);
    }
}
