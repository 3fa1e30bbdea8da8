namespace LegalAid.Web.Tests.Browser;

public sealed class DonorReportBrowserTests : BrowserTest
{
    [Fact]
    public void ProgrammeStaff_PublishAReport_ThatADonorThenFindsOnTheirPhone()
    {
        Step("sign in as programme staff", () => Browser.SignIn(LegalAidFactory.Programme));

        Step("generate a report for the last quarter", () =>
        {
            Browser.GoTo("/Reports");
            Browser.Fill("#Input_Title", "Отчёт за квартал: Кыргызстан ң ө ү");
            Browser.Select("#Input_Language", "ru");
            Browser.Fill("#Input_Highlights", "Больше возвращённой зарплаты, чем кварталом ранее.");
            Browser.ClickButton("Сформировать и сохранить в архиве");
            Browser.WaitForUrl("generated=");
        });
        var sha256 = Browser.Text("#archive tr.table-success code.sha256");
        Assert.Contains("Отчёт за квартал: Кыргызстан ң ө ү", Browser.Text("#archive tr.table-success"), StringComparison.Ordinal);

        Step("publish it, confirming what donors will get", () =>
        {
            Browser.Click("#archive tr.table-success a[href*=confirmPublish]");
            Browser.WaitFor("#confirm-publish");
            Browser.ClickButton("Да, опубликовать");
            Browser.WaitFor("#published");
        });
        Assert.Contains("Отчёт опубликован", Browser.Text("#published"), StringComparison.Ordinal);

        var phone = Open(BrowserSize.Phone(360));
        Step("the donor signs in on a phone and opens the reports", () =>
        {
            phone.SignIn(LegalAidFactory.Donor);
            phone.Click("#home-reports");
            phone.WaitFor("#archive");
        });
        Assert.Equal(sha256, phone.Text("#archive code.sha256"));
        Assert.Equal(0L, phone.Evaluate<long>("document.querySelectorAll('form#generate, #archive form').length"));
        Assert.False(phone.ScrollsSideways(), "The page scrolls sideways at 360 px.");
        Assert.Contains("/Reports/", phone.WaitFor("#archive a.btn").GetDomAttribute("href"), StringComparison.Ordinal);
    }
}
