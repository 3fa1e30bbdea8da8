using LegalAid.Web.Tests.Pages;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace LegalAid.Web.Tests.Sessions;

/// <summary>Setting up two-factor sign-in keeps the session that does it, even once the app re-checks the account.</summary>
public sealed class TwoFactorSessionTests : IAsyncLifetime
{
    private static readonly TimeSpan PastTheStampCheck = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly LegalAidFactory factory;

    public TwoFactorSessionTests() => factory = new LegalAidFactory { Clock = clock };

    public async ValueTask InitializeAsync() => await factory.SeedAccountsAsync();

    [Fact]
    public async Task OpeningTheTwoFactorPage_KeepsTheSession()
    {
        using var browser = await factory.SignInAsync(LegalAidFactory.LawyerMow);

        await HtmlPage.GetAsync(browser, "/Account/TwoFactor");
        clock.Advance(PastTheStampCheck);

        Assert.Equal("/Cases", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TurningTwoFactorOn_KeepsThisSession_AndEndsTheOthers()
    {
        using var browser = await factory.SignInAsync(LegalAidFactory.LawyerMow);
        var (otherDevice, otherCookie) = await factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        using var other = factory.WithCookie(otherCookie);

        var setup = await HtmlPage.GetAsync(browser, "/Account/TwoFactor");
        var code = new Totp(Base32Encoding.ToBytes(setup.QuerySelector("code.fs-5")!.TextContent.Trim())).ComputeTotp();
        await HtmlPage.SubmitAsync(browser, setup, new Dictionary<string, string> { ["Input.Code"] = code }, "form[action*='handler=Enable']");

        Assert.Equal("/Account/Login", Sent.RedirectPath(await other.GetAsync("/Cases")));
        Assert.Contains("включён", (await HtmlPage.GetAsync(browser, "/Account/TwoFactor")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        clock.Advance(PastTheStampCheck);
        Assert.Equal("/Cases", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        otherDevice.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
