using System.Net;
using AngleSharp.Html.Dom;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>Two administrators edit the partners list at once; names are told apart in every language.</summary>
public sealed class ReferenceListPagesTests : WebTest
{
    private const string FirstRow = "main form[id^=partner-]:not(#partner-new)";
    private const string NewRow = "main form#partner-new";

    [Fact]
    public async Task TheSecondOfTwoSavesOfOneRow_IsRefused_AndTheRowShowsTheFirst()
    {
        using var first = await Factory.SignInAsync(LegalAidFactory.Admin);
        using var second = await Factory.SignInAsync(LegalAidFactory.Admin);
        await HtmlPage.SubmitAsync(first, await HtmlPage.GetAsync(first, "/Admin/Partners"), Komok, NewRow);
        var readByFirst = await HtmlPage.GetAsync(first, "/Admin/Partners");
        var readBySecond = await HtmlPage.GetAsync(second, "/Admin/Partners");

        var saved = await HtmlPage.SubmitAsync(first, readByFirst, new Dictionary<string, string> { ["Input.Contact"] = "+7 843 200-00-00" }, FirstRow);
        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(second, readBySecond, new Dictionary<string, string> { ["Input.Contact"] = "+7 843 300-00-00" }, FirstRow));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Сохранено: «Фонд «Көмөк»».", (await HtmlPage.ParseAsync(saved)).QuerySelector("#done")!.TextContent.Trim());
        Assert.StartsWith("Запись изменил кто-то другой", refused.QuerySelector(".validation-summary-errors")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("+7 843 200-00-00", refused.QuerySelector($"{FirstRow} input[name='Input.Contact']")!.GetAttribute("value"));
        Assert.Equal("+7 843 200-00-00", (await HtmlPage.GetAsync(second, "/Admin/Partners")).QuerySelector($"{FirstRow} input[name='Input.Contact']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ANewPartnerNamedInEnglishAsAnother_IsRefused_AndItsRowKeepsWhatWasTyped()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Partners"), Komok, NewRow);

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Partners"),
            new Dictionary<string, string> { ["Input.Name"] = "Фонд «Көмөк» (Казань)", ["Input.NameKy"] = "«Көмөк» фонду (Казань)", ["Input.NameEn"] = "Komok Foundation" }, NewRow));

        Assert.Equal("Это название уже есть у другой записи списка.", refused.QuerySelector(".validation-summary-errors")!.TextContent.Trim());
        Assert.Equal("Фонд «Көмөк» (Казань)", refused.QuerySelector($"{NewRow} input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("#Input_NameEn", refused.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.NotNull(refused.QuerySelector($"{NewRow} input#Input_NameEn[name='Input.NameEn']"));
        Assert.NotNull(refused.QuerySelector($"{NewRow} label[for=Input_NameEn]"));
        Assert.Equal("Фонд «Көмөк»", refused.QuerySelector($"{FirstRow} input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Same(refused.QuerySelector(NewRow), refused.QuerySelector("#error-summary ~ form"));
        Assert.Equal(["Новая организация", "Организации в списке"], refused.QuerySelectorAll("main h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task ANewPartnersRefusals_NameItsFieldsAsTheirLabelsRead()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Partners"),
            new Dictionary<string, string> { ["Input.NameKy"] = "«Көмөк» фонду", ["Input.NameEn"] = "Komok Foundation", ["Input.Contact"] = new string('к', 401) }, NewRow));

        Assert.Equal(["Заполните поле «Название по-русски».", "Не более 400 символов в поле «Контакты»."],
            refused.QuerySelectorAll("#error-summary li").Select(item => item.TextContent.Trim()));
    }

    [Fact]
    public async Task APartnerDeactivated_IsActiveAgainOnceItsBoxIsTicked()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Partners"), Komok, NewRow);
        var active = await HtmlPage.GetAsync(admin, "/Admin/Partners");
        ActiveBox(active).IsChecked = false;
        var deactivated = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, active, new Dictionary<string, string>(), FirstRow));
        Assert.False(ActiveBox(deactivated).IsChecked);

        ActiveBox(deactivated).IsChecked = true;
        var reactivated = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, deactivated, new Dictionary<string, string>(), FirstRow));

        Assert.True(ActiveBox(reactivated).IsChecked);
    }

    [Fact]
    public async Task ACategoryDeactivated_StaysInTheFiltersOfCasesStatisticsAndExports_MarkedSo()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var categories = await HtmlPage.GetAsync(admin, "/Admin/Categories");
        var housing = (IHtmlInputElement)categories.QuerySelector("input[type=checkbox][form=category-2]")!;
        housing.IsChecked = false;
        await HtmlPage.SubmitAsync(admin, categories, new Dictionary<string, string>(), "form#category-2");
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var offered = new[]
        {
            (await HtmlPage.GetAsync(Client, "/Cases")).QuerySelector("#categoryId option[value='2']")?.TextContent,
            (await HtmlPage.GetAsync(programme, "/Statistics")).QuerySelector("#category option[value='2']")?.TextContent,
            (await HtmlPage.GetAsync(coordinator, "/Exports")).QuerySelector("select[name=categoryId] option[value='2']")?.TextContent,
        };

        Assert.All(offered, text => Assert.EndsWith("(больше не используется)", text, StringComparison.Ordinal));
        var openCase = await HtmlPage.GetAsync(Client, $"/Cases/Open?clientId={await Client.RegisterClientAsync()}");
        Assert.NotNull(openCase.QuerySelector("select[name='Input.PrimaryCategoryId'] option[value='1']"));
        Assert.Null(openCase.QuerySelector("select[name='Input.PrimaryCategoryId'] option[value='2']"));
    }

    [Fact]
    public async Task ACategorysOrderLeftEmpty_IsRefusedByItsName_AndShowsEmpty_NotAsZero()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Categories"),
            new Dictionary<string, string> { ["Input.SortOrder"] = string.Empty }, "form#category-2"));

        Assert.Equal("Заполните поле «Порядок».", refused.QuerySelector("#error-summary li")!.TextContent.Trim());
        Assert.Equal("#Input_SortOrder", refused.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Equal(string.Empty, refused.QuerySelector("input#Input_SortOrder[form=category-2]")!.GetAttribute("value"));
    }

    private static IHtmlInputElement ActiveBox(IHtmlDocument page) => (IHtmlInputElement)page.QuerySelector($"{FirstRow} input[type=checkbox][name='Input.IsActive']")!;

    private static Dictionary<string, string> Komok => new() { ["Input.Name"] = "Фонд «Көмөк»", ["Input.NameKy"] = "«Көмөк» фонду", ["Input.NameEn"] = "Komok Foundation" };
}
