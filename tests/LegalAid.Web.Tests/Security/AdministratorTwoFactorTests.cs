using LegalAid.Web.Tests.Pages;

namespace LegalAid.Web.Tests.Security;

public sealed class AdministratorTwoFactorTests : IAsyncLifetime
{
    private readonly LegalAidFactory factory = new(new Dictionary<string, string> { ["Security:RequireTwoFactorForAdministrators"] = "true" });

    public async ValueTask InitializeAsync() => await factory.SeedAccountsAsync();

    [Fact]
    public async Task WhenRequired_AnAdministratorMustTurnOnTwoFactorSignInFirst()
    {
        using var browser = factory.CreateClient();

        var signedIn = await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.Admin, LegalAidFactory.Password);

        Assert.Equal("/Account/TwoFactor", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/TwoFactor", (await browser.GetAsync("/Admin/Accounts")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/lookups")).StatusCode);
        Assert.NotNull((await HtmlPage.ParseAsync(signedIn)).QuerySelector("code.fs-5"));
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
