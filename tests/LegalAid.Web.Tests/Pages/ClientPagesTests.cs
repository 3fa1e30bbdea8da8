using System.Net;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

public sealed class ClientPagesTests : WebTest
{
    [Theory]
    [InlineData("ru", "17.05.1990")]
    [InlineData("ky", "17.05.1990")]
    [InlineData("en", "17 May 1990")]
    public async Task TheClientPage_WritesDatesDayMonthYear_InEveryLanguage(string language, string dateOfBirth)
    {
        var clientId = await Client.RegisterClientAsync();

        var page = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}?culture={language}&ui-culture={language}");

        Assert.Contains(dateOfBirth, page.QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterForm_WithAKyrgyzName_SavesAndShowsItExactly()
    {
        var form = await HtmlPage.GetAsync(Client, "/Clients/Register");

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string>
        {
            ["Input.FamilyName"] = "Үсөнбаев",
            ["Input.GivenName"] = "Нурлан",
            ["Input.Patronymic"] = "Өмүрбекович",
            ["Input.LatinName"] = "Usonbaev Nurlan",
            ["Input.Sex"] = "Male",
            ["Input.BirthYear"] = "1990",
            ["Input.Citizenship"] = "KG",
            ["Input.PreferredLanguage"] = "ky",
            ["Input.RegionOfOrigin"] = "Жалал-Абад облусу",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"/Clients/\d+$", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Жалал-Абад облусу", page.Body!.TextContent, StringComparison.Ordinal);
        var stored = await Factory.InDatabaseAsync(db => db.Clients.SingleAsync());
        Assert.Equal("Үсөнбаев", stored.Name.FamilyName);
        Assert.Equal("Өмүрбекович", stored.Name.Patronymic);
    }

    [Fact]
    public async Task RegisterForm_WithErrors_ShowsThemBesideTheFieldsAndKeepsTheInput()
    {
        var form = await HtmlPage.GetAsync(Client, "/Clients/Register");

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string>
        {
            ["Input.FamilyName"] = "  ",
            ["Input.GivenName"] = "Айгүл",
            ["Input.LatinName"] = "Айгүл",
            ["Input.Sex"] = "Female",
            ["Input.Citizenship"] = "KG",
            ["Input.DateOfBirth"] = "not-a-date",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("Заполните поле «Фамилия».", HtmlPage.ErrorFor(page, "Input.FamilyName"));
        Assert.Equal("Только латинские буквы, пробел, дефис и апостроф.", HtmlPage.ErrorFor(page, "Input.LatinName"));
        Assert.Equal("Айгүл", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_GivenName")!).Value);
        Assert.Contains("Заполните поле «Фамилия».", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Theory]
    [InlineData("ru", "Значение «вчера» в поле «Дата согласия» недопустимо.", "Значение «Other» в поле «Пол» недопустимо.", "Значение «1e3» в поле «Год рождения» недопустимо.")]
    [InlineData("ky", "«Макулдук берилген күнү» талаасындагы «вчера» мааниси туура эмес.", "«Жынысы» талаасындагы «Other» мааниси туура эмес.", "«Туулган жылы» талаасындагы «1e3» мааниси туура эмес.")]
    [InlineData("en", "The value “вчера” in “Consent given on” is not valid.", "The value “Other” in “Sex” is not valid.", "The value “1e3” in “Year of birth” is not valid.")]
    public async Task RegisterForm_AValueItCannotRead_IsNamedWithItsField_InTheSummary(string culture, string badDate, string badChoice, string badYear)
    {
        var form = await HtmlPage.GetAsync(Client, $"/Clients/Register?culture={culture}&ui-culture={culture}");

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string>
        {
            ["Input.FamilyName"] = "Асанова",
            ["Input.GivenName"] = "Айгүл",
            ["Input.Sex"] = "Other",
            ["Input.Citizenship"] = "KG",
            ["Input.ConsentGivenOn"] = "вчера",
            ["Input.BirthYear"] = "1e3",
        });

        var page = await HtmlPage.ParseAsync(response);
        var summary = page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(badDate, summary);
        Assert.Contains(badChoice, summary);
        Assert.Contains(badYear, summary);
        Assert.Equal(badDate, HtmlPage.ErrorFor(page, "Input.ConsentGivenOn"));
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task RegisterForm_PostedWithoutAntiforgeryToken_IsRejected()
    {
        var response = await Client.PostAsync("/Clients/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.FamilyName"] = "Асанов",
            ["Input.GivenName"] = "Бакыт",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task ClientList_SortsByTheRussianAlphabetAndShowsPhonesGrouped()
    {
        foreach (var (family, phone) in new[] { ("Abdullaev", "+7 916 111-22-33"), ("Ўроқов", "0555 123 456"), ("Азизов", null), ("Ғуломов", null), ("Гасанов", null) })
        {
            await RegisterAsync(family, phone);
        }

        var page = await HtmlPage.GetAsync(Client, "/Clients");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Азизов", "Гасанов", "Ғуломов", "Ўроқов", "Abdullaev"], rows.Select(r => r[0].Split(' ')[0]));
        Assert.Equal("+996 555 123 456", rows[3][4]);
        Assert.Equal("+7 916 111-22-33", rows[4][4]);
    }

    [Fact]
    public async Task ClientList_FindsAWholeNameTypedInTheOtherScript_AndLinksItWithoutAGapForAMissingPatronymic()
    {
        await RegisterAsync("Юлдашев", null, givenName: "Азиз");

        var page = await HtmlPage.GetAsync(Client, "/Clients?query=" + Uri.EscapeDataString("Yuldashev Aziz"));

        Assert.Equal("Юлдашев Азиз", page.QuerySelector("tbody tr td a")!.TextContent);
    }

    [Fact]
    public async Task ClientList_GivenAPhoneNumberAsTheName_SaysWhereToTypeIt_AndListsNobody()
    {
        await RegisterAsync("Юлдашев", "+7 903 555-00-11", givenName: "Азиз");

        var page = await HtmlPage.GetAsync(Client, "/Clients?query=" + Uri.EscapeDataString("+7 903 555-00-11"));

        Assert.StartsWith("Введите хотя бы одну букву имени", page.QuerySelector("#error-summary")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("tbody tr"));
    }

    [Fact]
    public async Task RegisterForm_WithAPhoneOfNoCountry_ShowsTheErrorBesideIt()
    {
        var form = await HtmlPage.GetAsync(Client, "/Clients/Register");

        var response = await HtmlPage.SubmitAsync(Client, form, Fields("Асанов", "+996 555 12"));

        var page = await HtmlPage.ParseAsync(response);
        Assert.StartsWith("Такого номера телефона нет", HtmlPage.ErrorFor(page, "Input.Phone"), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task Details_ForAnUnknownClient_Is404()
    {
        var response = await Client.GetAsync("/Clients/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task RegisterAsync(string familyName, string? phone, string givenName = "Тест")
    {
        var form = await HtmlPage.GetAsync(Client, "/Clients/Register");
        var response = await HtmlPage.SubmitAsync(Client, form, Fields(familyName, phone, givenName));
        Assert.Matches(@"/Clients/\d+$", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static Dictionary<string, string> Fields(string familyName, string? phone, string givenName = "Тест") => new()
    {
        ["Input.FamilyName"] = familyName,
        ["Input.GivenName"] = givenName,
        ["Input.Sex"] = "Male",
        ["Input.BirthYear"] = "1990",
        ["Input.Citizenship"] = "KG",
        ["Input.PreferredLanguage"] = "ky",
        ["Input.Phone"] = phone ?? string.Empty,
    };
}
