using System.Net;
using System.Security.Cryptography;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Security;

/// <summary>Turning two-factor sign-in on and off on <c>/Account/TwoFactor</c>, and signing in with a code, as a browser does.</summary>
public sealed class TwoFactorTests : WebTest
{
    [Fact]
    public async Task AnAccountWithTwoFactorOn_SignsInWithTheCodeFromItsApp()
    {
        var key = await EnableAsync(Client);
        using var browser = Factory.CreateClient();

        var asked = await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.LawyerMow, LegalAidFactory.Password);
        Assert.Equal("/Account/LoginWithCode", asked.RequestMessage!.RequestUri!.AbsolutePath);
        var form = await HtmlPage.ParseAsync(asked);

        var wrong = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, form, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) }));
        Assert.NotNull(wrong.QuerySelector(".validation-summary-errors"));
        Assert.Equal("/Account/Login", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);

        var signedIn = await HtmlPage.SubmitAsync(browser, wrong, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)) });

        Assert.Equal("/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Cases")).StatusCode);
        var attempts = await Factory.InDatabaseAsync(db => db.AuditEntries
            .Where(e => e.UserName == LegalAidFactory.LawyerMow && (e.Action == AuditAction.SignedIn || e.Action == AuditAction.SignInFailed))
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Details }).ToListAsync());
        Assert.Equal(
            [(AuditAction.SignedIn, "Succeeded"), (AuditAction.SignInFailed, "RequiresCode"), (AuditAction.SignInFailed, "Failed"), (AuditAction.SignedIn, "Succeeded")],
            attempts.Select(a => (a.Action, a.Details)));
    }

    [Fact]
    public async Task ACodeWithoutThePasswordStep_SendsTheUserBackToIt_NotToTheirPhonesClock()
    {
        using var browser = Factory.CreateClient();
        var form = await HtmlPage.GetAsync(browser, "/Account/LoginWithCode?returnUrl=%2FCases");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, form, new Dictionary<string, string> { ["Input.Code"] = "123456" }));

        Assert.StartsWith("Сначала войдите с адресом и паролем", refused.QuerySelector(".validation-summary-errors")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/Account/Login?returnUrl=%2FCases", refused.QuerySelector("#back-to-password")!.GetAttribute("href"));
        Assert.Equal(nameof(SignInOutcome.NoPasswordStep), await Factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.SignInFailed).Select(e => e.Details).SingleAsync()));
    }

    [Fact]
    public async Task AWrongCode_DoesNotTurnTwoFactorOn()
    {
        var page = await HtmlPage.GetAsync(Client, "/Account/TwoFactor");
        var key = page.QuerySelector("code.fs-5")!.TextContent.Trim();

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) }));

        Assert.Equal("Код не подошёл. Проверьте время на телефоне и введите новый код из приложения.", HtmlPage.ErrorFor(refused, "Input.Code"));
        Assert.Equal(string.Empty, refused.QuerySelector("input[name='Input.Code']")!.GetAttribute("value"));
        Assert.False(await TwoFactorEnabledAsync());
    }

    [Fact]
    public async Task TurningTwoFactorOff_SignsInWithThePasswordAlone()
    {
        await EnableAsync(Client);
        var page = await HtmlPage.GetAsync(Client, "/Account/TwoFactor");

        await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "main form[method=post]");

        Assert.False(await TwoFactorEnabledAsync());
        using var browser = Factory.CreateClient();
        Assert.Equal("/", (await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.LawyerMow, LegalAidFactory.Password)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>Turns two-factor sign-in on with a code computed from the key the page shows; returns the key.</summary>
    private async Task<string> EnableAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        var key = page.QuerySelector("code.fs-5")!.TextContent.Trim();
        var enabled = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(client, page, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }));
        Assert.NotNull(enabled.QuerySelector(".alert-success"));
        Assert.True(await TwoFactorEnabledAsync());
        return key;
    }

    private Task<bool> TwoFactorEnabledAsync() =>
        Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerMow).Select(u => u.TwoFactorEnabled).SingleAsync());

    /// <summary>A code no time step near now produces.</summary>
    private static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(step * 30))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !near.Contains(code));
    }

    /// <summary>The six-digit code an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps of the base32 key).</summary>
    private static class Totp
    {
        public static string Code(string base32Key, DateTimeOffset at)
        {
            var step = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
            if (BitConverter.IsLittleEndian)
            {
                Array.Reverse(step);
            }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are HMAC-SHA1 by definition.
            var hash = HMACSHA1.HashData(Base32(base32Key), step);
#pragma warning restore CA5350
            var offset = hash[^1] & 0x0F;
            var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
            return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static byte[] Base32(string text)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            var bits = string.Concat(text.ToUpperInvariant().Where(alphabet.Contains).Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
            return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        }
    }
}
