namespace LegalAid.Web.Tests.Browser;

public sealed class SessionsBrowserTests : BrowserTest
{
    [Fact]
    public void EndingMyOtherSession_SendsThatBrowserToSignInOnItsNextClick()
    {
        var phone = Open(BrowserSize.Phone());
        Step("sign in on the phone and at the office", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            Browser.SignIn(LegalAidFactory.LawyerMow);
        });

        Step("end the phone's session from the office", () =>
        {
            Browser.Click("nav .dropdown-toggle");
            Browser.Click("a.dropdown-item[href='/Account/Sessions']");
            Browser.WaitForUrl("/Account/Sessions");
            Browser.Click("#sessions tbody tr:not(:has(.badge)) form button");
            Browser.WaitFor("#sessions tbody tr:only-child .badge");
        });

        Step("the phone's next click", () =>
        {
            phone.Click("a.navbar-brand");
            phone.WaitForUrl("/Account/Login");
        });

        Assert.Equal("/Account/Login", phone.Url.AbsolutePath);
        Assert.Equal("/Account/Sessions", Browser.Url.AbsolutePath);
    }
}
