using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

public sealed class LocalisedNamesTests : WebTest
{
    [Fact]
    public async Task AnAdministratorNamesAPartnerAndACentreInThreeLanguages_AndEachUiShowsItsOwn()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Partners"), new Dictionary<string, string>
        {
            ["Input.Name"] = "Приют для женщин «Тёплый дом»",
            ["Input.NameKy"] = "«Тёплый дом» аялдар үчүн баш калкалоочу жай",
            ["Input.NameEn"] = "Tyoply Dom women's shelter",
        });
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Centres"), new Dictionary<string, string>
        {
            ["Input.NameKy"] = "Мигранттарды колдоо борбору — Москва (Тверская)",
        });
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);

        var russian = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var kyrgyz = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}?culture=ky&ui-culture=ky");
        var english = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}?culture=en&ui-culture=en");

        Assert.Contains("Центр поддержки мигрантов — Москва", russian.QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Приют для женщин «Тёплый дом»", russian.QuerySelector("#Referral_PartnerId")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Мигранттарды колдоо борбору — Москва (Тверская)", kyrgyz.QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("«Тёплый дом» аялдар үчүн баш калкалоочу жай", kyrgyz.QuerySelector("#Referral_PartnerId")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Migrant Support Centre — Moscow", english.QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tyoply Dom women's shelter", english.QuerySelector("#Referral_PartnerId")!.TextContent, StringComparison.Ordinal);
    }
}
