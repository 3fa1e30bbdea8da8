namespace LegalAid.Web.Tests.Browser;

public sealed class ApiReferenceBrowserTests : BrowserTest
{
    [Fact]
    public void TheApiReference_RendersTheOperationsUnderTheStrictPolicy()
    {
        Step("sign in", () => Browser.SignIn(LegalAidFactory.LawyerMow));

        Step("open the reference", () =>
        {
            Browser.GoTo("/api-reference");
            Browser.WaitForText("Find clients");
        });

        Browser.Screenshot("api-reference");
        Assert.Contains("LegalAid API", Browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain("Generate SDK", Browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain("client.scalar.com", Browser.Driver.PageSource, StringComparison.Ordinal);

        Step("go back to the app", () =>
        {
            Browser.Click("#back-to-app");
            Browser.WaitForPath("/");
        });
    }
}
