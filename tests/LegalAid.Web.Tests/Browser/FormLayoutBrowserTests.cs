namespace LegalAid.Web.Tests.Browser;

/// <summary>A form laid out on one line keeps its fields level when one of them shows an error below it.</summary>
public sealed class FormLayoutBrowserTests : BrowserTest
{
    private const string Tops = """
        [...document.querySelectorAll('form[action*=Create] input:not([type=hidden]), form[action*=Create] select, form[action*=Create] button')]
            .map(field => Math.round(field.getBoundingClientRect().top))
            .join('|')
        """;

    [Fact]
    public void ARefusedEmailOnTheAccountsForm_StaysLevelWithTheOtherFieldsAndTheButton()
    {
        var desktop = Open(BrowserSize.Desktop);
        Step("as the administrator, create an account with an address that is not one", () =>
        {
            desktop.SignIn(LegalAidFactory.Admin);
            desktop.GoTo("/Admin/Accounts");
            desktop.Fill("#Input_Email", "a@b");
            desktop.Fill("#Input_DisplayName", "Өмүрбекова Айгүл");
            desktop.Click("form[action*=Create] button[type=submit]");
            desktop.WaitFor("#error-summary a");
        });

        var tops = desktop.Evaluate<string>(Tops).Split('|');
        Assert.Equal(5, tops.Length);
        Assert.True(tops.Distinct().Count() == 1, $"The fields' and the button's tops differ: {string.Join(", ", tops)} px.");
    }
}
