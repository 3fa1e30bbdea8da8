namespace LegalAid.Web.Tests.Browser;

public sealed class SignInBrowserTests : BrowserTest
{
    [Fact]
    public void SignIn_AsMoscowLawyer_OpensTheDesk()
    {
        Step("sign in", () => Browser.SignIn(LegalAidFactory.LawyerMow));

        Assert.Equal("/", Browser.Url.AbsolutePath);
        Assert.Equal("Рабочий стол", Browser.Text("h1"));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(360)]
    public void RegisterClientForm_OnAPhone_DoesNotScrollSideways(int width)
    {
        var phone = Open(BrowserSize.Phone(width));
        Step("sign in", () => phone.SignIn(LegalAidFactory.LawyerMow));

        Step("open the form", () =>
        {
            phone.GoTo("/Clients/Register");
            phone.WaitFor("main form button[type=submit]");
        });

        Assert.Equal(width, phone.Evaluate<long>("window.innerWidth"));
        var pageWidth = phone.Evaluate<long>("document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"At {width} px the register form is {pageWidth} px wide, so it scrolls sideways.");
    }
}
