using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LegalAid.Web.Tests.Api;

public sealed partial class ApiReferenceTests : WebTest
{
    [Fact]
    public async Task TheReference_IsForSignedInUsersOnly()
    {
        using var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/api-reference/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_LoadsItsScriptsFromThisAppByANonceOnlyItsOwnPolicyAllows()
    {
        var page = await Client.GetAsync("/api-reference/");
        var html = await page.Content.ReadAsStringAsync();
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        var nonce = Nonce().Match(csp).Groups[1].Value;

        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(ScriptTags().Matches(html), tag => Assert.Contains($"nonce=\"{nonce}\"", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api-reference/scalar.js")).StatusCode);

        var otherPage = string.Join(' ', (await Client.GetAsync("/Cases")).Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("nonce-", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", otherPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_SaysItIsInEnglish() =>
        Assert.Contains("<html lang=\"en\">", await Client.GetStringAsync("/api-reference/"), StringComparison.Ordinal);

    [GeneratedRegex("script-src[^;]*'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTags();
}
