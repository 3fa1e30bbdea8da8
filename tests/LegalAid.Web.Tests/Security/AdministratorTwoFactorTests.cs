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
        var setup = await HtmlPage.ParseAsync(signedIn);
        Assert.NotNull(setup.QuerySelector("code.fs-5"));
        var qr = setup.QuerySelector("img#qr-code")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", qr, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(qr["data:image/png;base64,".Length..])[..4]);
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
