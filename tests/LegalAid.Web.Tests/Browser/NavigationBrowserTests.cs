namespace LegalAid.Web.Tests.Browser;

/// <summary>The menu of the roles with the most entries fits a desktop and a small laptop in every language.</summary>
public sealed class NavigationBrowserTests : BrowserTest
{
    private const string WidestRight = """
        Math.max(...[...document.querySelectorAll('.site-bar a, .site-bar button')]
            .filter(element => element.checkVisibility())
            .map(element => element.getBoundingClientRect().right))
        """;

    [Theory]
    [InlineData(LegalAidFactory.CoordinatorMow)]
    [InlineData(LegalAidFactory.Admin)]
    public void TheMenu_FitsTheWindow_InEachLanguage(string account)
    {
        foreach (var size in new[] { BrowserSize.Desktop, new BrowserSize(1024, 768, IsPhone: false) })
        {
            var browser = Open(size);
            browser.SignIn(account);
            foreach (var language in new[] { "ru", "ky", "en" })
            {
                Step($"the menu at {size} in '{language}'", () =>
                {
                    browser.GoTo($"/?culture={language}&ui-culture={language}");
                    browser.WaitForLanguage(language);
                    var width = browser.Evaluate<double>("document.documentElement.clientWidth");
                    Assert.True(browser.Evaluate<double>(WidestRight) <= width, $"The menu is wider than {width} px at {size} in '{language}'.");
                    Assert.False(browser.ScrollsSideways(), $"The page scrolls sideways at {size} in '{language}'.");
                });
            }
        }
    }
}
