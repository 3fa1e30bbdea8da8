using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>On a phone a list's rows stack their cells and hide the header row, so each cell says which column it is.</summary>
public sealed class ListsBrowserTests : BrowserTest
{
    private const string FirstRowsLabels = """
        [...document.querySelector('table.table-stack tbody tr').cells]
            .map(cell => getComputedStyle(cell, '::before').content)
            .join('|')
        """;

    [Fact]
    public async Task OnAPhone_EachCellOfTheCaseList_ShowsItsColumnsHeading_AndOnADesktopNone()
    {
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            await SampleRecords.OpenCaseAsync(api, ApiJson.NewClient());
        }

        var phone = Open(BrowserSize.Phone(360));
        Step("sign in on a phone and open the case list", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo("/Cases");
            phone.WaitFor("table.table-stack");
        });
        Assert.Equal("\"Номер дела: \"|\"Клиент: \"|\"Основная проблема: \"|\"Юрист: \"|\"Дата открытия: \"|\"Статус: \"", phone.Evaluate<string>(FirstRowsLabels));
        Assert.False(phone.ScrollsSideways(), "The case list scrolls sideways at 360 px.");

        var desktop = Open(BrowserSize.Desktop);
        Step("sign in on a desktop and open the case list", () =>
        {
            desktop.SignIn(LegalAidFactory.LawyerMow);
            desktop.GoTo("/Cases");
            desktop.WaitFor("table.table-stack");
        });
        Assert.Equal("none|none|none|none|none|none", desktop.Evaluate<string>(FirstRowsLabels));
    }

    [Fact]
    public async Task OnAPhone_AnEmptyCell_ShowsNoHeadingWithNothingAfterIt()
    {
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            await SampleRecords.Created(api.PostAsJsonAsync("/api/v1/clients", new
            {
                familyName = "Асанова",
                givenName = "Гүлнара",
                sex = "Female",
                birthYear = 1991,
                citizenship = "KG",
                preferredLanguage = "ky",
                consentGivenOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                consentScopes = new[] { "LegalAid" },
            }));
        }

        var phone = Open(BrowserSize.Phone(360));
        Step("sign in on a phone and open the client list", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo("/Clients");
            phone.WaitFor("table.table-stack");
        });

        Assert.Equal("\"ФИО: \"|none|\"Дата рождения: \"|\"Гражданство: \"|none|\"Центр регистрации: \"", phone.Evaluate<string>(FirstRowsLabels));
    }

    [Fact]
    public void ARefusedFilter_IsMarkedBesideItsField_AndItsLinkLeadsThere()
    {
        var phone = Open(BrowserSize.Phone(360));
        Step("search the clients by a phone number typed into the name field", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo("/Clients?query=%2B7+943+679-40-22");
            phone.WaitFor("#error-summary a");
        });

        Assert.Equal("true", phone.Evaluate<string>("document.getElementById('Search_Query').getAttribute('aria-invalid')"));
        Assert.NotEqual("error-summary", phone.Evaluate<string>("document.activeElement.id"));
        Assert.True(phone.Evaluate<bool>("document.getElementById('Search_Query').classList.contains('input-validation-error')"), "The name field is not marked.");
        Assert.Null(phone.Evaluate<string>("document.getElementById('Search_Phone').getAttribute('aria-invalid')"));
        phone.Click("#error-summary a");
        Assert.Equal("Search_Query", phone.Evaluate<string>("document.activeElement.id"));
        Assert.Equal(
            "rgb(220, 53, 69)|true",
            phone.Evaluate<string>("(f => getComputedStyle(f).borderTopColor + '|' + getComputedStyle(f).boxShadow.startsWith('rgba(220, 53, 69'))(document.getElementById('Search_Query'))"));
    }
}
