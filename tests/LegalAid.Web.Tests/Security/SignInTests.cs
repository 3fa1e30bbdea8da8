using System.Net;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace LegalAid.Web.Tests.Security;

public sealed class SignInTests : WebTest
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountEvenForTheRightOne_AndSayNoMoreThanForAnUnknownAddress()
    {
        using var browser = Factory.CreateClient();
        async Task<string> MessageAsync(string email, string password) =>
            (await HtmlPage.ParseAsync(await LegalAidFactory.TrySignInAsync(browser, email, password))).QuerySelector(".validation-summary-errors")!.TextContent.Trim();

        var existing = new List<string>();
        var unknown = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            existing.Add(await MessageAsync(LegalAidFactory.LawyerKzn, "not the password at all"));
            unknown.Add(await MessageAsync("nobody.at.all@test.legalaid", "not the password at all"));
        }

        var rightPasswordWhileLocked = await MessageAsync(LegalAidFactory.LawyerKzn, LegalAidFactory.Password);

        Assert.Equal(unknown, existing);
        Assert.Equal(unknown[0], rightPasswordWhileLocked);
        Assert.StartsWith("Неверный адрес почты или пароль — или учётная запись заблокирована", rightPasswordWhileLocked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Cases")).StatusCode);
        Assert.Equal(3, await Factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.UserName == LegalAidFactory.LawyerKzn && e.Details == "LockedOut")));
    }

    [Fact]
    public async Task EverySignIn_IsAuditedWithItsOutcomeAndAddress()
    {
        using var browser = Factory.CreateClient();
        await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.Donor, "wrong password here");
        await LegalAidFactory.TrySignInAsync(browser, "nobody@nowhere.example", "wrong password here");

        var entries = await Factory.InDatabaseAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditAction.SignedIn || e.Action == AuditAction.SignInFailed).OrderBy(e => e.Id).ToListAsync());

        Assert.Contains(entries, e => e.Action == AuditAction.SignedIn && e.UserName == LegalAidFactory.LawyerMow && e.CentreId == LegalAidFactory.Moscow);
        Assert.Contains(entries, e => e.Action == AuditAction.SignInFailed && e.UserName == LegalAidFactory.Donor);
        Assert.Contains(entries, e => e.Action == AuditAction.SignInFailed && e.UserName == "nobody@nowhere.example" && e.UserId == null);
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e.IpAddress));
    }

    [Fact]
    public async Task AOneTimePassword_MustBeReplacedBeforeAnythingElse()
    {
        var oneTime = await Factory.CreateLawyerWithOneTimePasswordAsync("new.lawyer@test.legalaid");

        using var browser = Factory.CreateClient();
        var signedIn = await LegalAidFactory.TrySignInAsync(browser, "new.lawyer@test.legalaid", oneTime);
        Assert.Equal("/Account/ChangePassword", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/ChangePassword", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        var owed = await HtmlPage.GetAsync(browser, "/Account/ChangePassword");
        Assert.Contains("временным паролем", owed.QuerySelector("#one-time-password")!.TextContent, StringComparison.Ordinal);
        Assert.Null(owed.QuerySelector("a[href='/Cases']"));
        Assert.NotNull(owed.QuerySelector("form[action='/Account/Logout']"));

        var weak = await HtmlPage.SubmitAsync(browser, await HtmlPage.ParseAsync(signedIn), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = "password12345",
            ["Input.ConfirmPassword"] = "password12345",
        });
        Assert.Contains("легко угадать", HtmlPage.ErrorFor(await HtmlPage.ParseAsync(weak), "Input.NewPassword"), StringComparison.Ordinal);

        var wrongCurrent = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime + "x",
            ["Input.NewPassword"] = "ақ мөңгү жайлоо көл",
            ["Input.ConfirmPassword"] = "ақ мөңгү жайлоо көл",
        }));
        Assert.False(string.IsNullOrEmpty(HtmlPage.ErrorFor(wrongCurrent, "Input.CurrentPassword")), "A wrong current password is not reported beside the current password.");
        Assert.True(string.IsNullOrEmpty(HtmlPage.ErrorFor(wrongCurrent, "Input.NewPassword")), "A wrong current password is reported beside the new password.");

        var kept = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = oneTime,
            ["Input.ConfirmPassword"] = oneTime,
        }));
        Assert.Equal("Новый пароль должен отличаться от текущего.", HtmlPage.ErrorFor(kept, "Input.NewPassword"));
        Assert.Equal("/Account/ChangePassword", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);

        var changed = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, await HtmlPage.GetAsync(browser, "/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = "ақ мөңгү жайлоо көл",
            ["Input.ConfirmPassword"] = "ақ мөңгү жайлоо көл",
        }));
        Assert.Equal("/", changed.QuerySelector("#to-desk")!.GetAttribute("href"));
        Assert.Null(changed.QuerySelector("#Input_NewPassword"));
        Assert.Equal("/Cases", (await browser.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull((await HtmlPage.GetAsync(browser, "/Account/ChangePassword")).QuerySelector("a[href='/Cases']"));
    }

    [Fact]
    public async Task TwoFactorSignIn_AsksForTheAuthenticatorCode()
    {
        var enable = await HtmlPage.GetAsync(Client, "/Account/TwoFactor");
        var key = enable.QuerySelector("code.fs-5")!.TextContent.Trim();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await HtmlPage.SubmitAsync(Client, enable, new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() }, "form[action*='handler=Enable']");
        Assert.Contains("включён", (await HtmlPage.GetAsync(Client, "/Account/TwoFactor")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Factory.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Changes != null && e.Changes.Contains(key))), "The authenticator key leaked into the audit trail.");

        using var browser = Factory.CreateClient();
        var password = await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.LawyerMow, LegalAidFactory.Password);
        Assert.Equal("/Account/LoginWithCode", password.RequestMessage!.RequestUri!.AbsolutePath);
        var wrongCode = await HtmlPage.SubmitAsync(browser, await HtmlPage.ParseAsync(password), new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Equal("/Account/LoginWithCode", wrongCode.RequestMessage!.RequestUri!.AbsolutePath);

        var signedIn = await HtmlPage.SubmitAsync(browser, await HtmlPage.ParseAsync(wrongCode), new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });

        Assert.Equal("/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SigningOut_EndsTheSession()
    {
        var home = await HtmlPage.GetAsync(Client, "/");

        await HtmlPage.SubmitAsync(Client, home, new Dictionary<string, string>(), "form[action='/Account/Logout']");

        Assert.Equal("/Account/Login", (await Client.GetAsync("/Cases")).RequestMessage!.RequestUri!.AbsolutePath);
    }
}
