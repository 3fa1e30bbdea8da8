using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>A lawyer on a phone records that a client withdrew their consent, which asks to be confirmed; the flag fits the screen in each language.</summary>
public sealed class ConsentBrowserTests : BrowserTest
{
    [Fact]
    public async Task OnAPhone_AWithdrawalIsSavedOnlyOnceConfirmed_AndTheClientsFlagFitsTheScreenInEachLanguage()
    {
        int clientId;
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            clientId = await api.RegisterClientAsync("Үсөнбаев");
        }

        var phone = Open(BrowserSize.Phone(360));
        Step("sign in and press the withdrawal without ticking the box", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo($"/Clients/{clientId}");
            phone.ClickButton("Отметить отзыв согласия");
            phone.WaitForText("Подтвердите, что клиент сам отозвал согласие.");
        });
        Assert.Equal(0L, phone.Evaluate<long>("document.querySelectorAll('.client-flag').length"));

        Step("tick the box and press it again", () =>
        {
            phone.Click("#WithdrawalConfirmed");
            phone.ClickButton("Отметить отзыв согласия");
            phone.WaitFor(".client-flag[data-flag=no-consent]");
        });

        foreach (var language in new[] { "ru", "ky", "en" })
        {
            Step($"the flag fits 360 px in '{language}'", () =>
            {
                phone.GoTo($"/Clients/{clientId}?culture={language}&ui-culture={language}");
                phone.WaitForLanguage(language);
                Assert.False(phone.ScrollsSideways(), $"The client's page scrolls sideways at 360 px in '{language}'.");
            });
        }
    }
}
