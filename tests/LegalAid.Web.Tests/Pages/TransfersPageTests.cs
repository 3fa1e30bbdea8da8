namespace LegalAid.Web.Tests.Pages;

/// <summary>The list of transfers says how one starts, by what the reader may do.</summary>
public sealed class TransfersPageTests : WebTest
{
    [Fact]
    public async Task ALawyer_IsToldHowToAskForAClient_ACoordinatorAlsoHowToSendOne()
    {
        using var lawyer = await Factory.SignInAsync(LegalAidFactory.LawyerMow);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var lawyersHelp = (await HtmlPage.GetAsync(lawyer, "/Transfers")).QuerySelector("#transfers-how-to-start")!.TextContent;
        var coordinatorsHelp = (await HtmlPage.GetAsync(coordinator, "/Transfers")).QuerySelector("#transfers-how-to-start")!.TextContent;

        const string ask = "начните регистрацию («Новый клиент»)";
        const string send = "откройте его карточку в разделе «Клиенты» и выберите «Перевести в другой центр»";
        Assert.Contains(ask, lawyersHelp, StringComparison.Ordinal);
        Assert.DoesNotContain(send, lawyersHelp, StringComparison.Ordinal);
        Assert.Contains(ask, coordinatorsHelp, StringComparison.Ordinal);
        Assert.Contains(send, coordinatorsHelp, StringComparison.Ordinal);
    }
}
