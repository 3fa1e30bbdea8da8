using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>What a lawyer typed without spaces (a messenger link, a company's name, a pasted summary) wraps on a phone instead of running off the screen.</summary>
public sealed class LongValuesBrowserTests : BrowserTest
{
    [Fact]
    public async Task OnAPhone_ALongLinkNameOrSummaryWithoutSpaces_WrapsInsideThePage()
    {
        var link = "https://t.me/umutbek_omurbekov_official_" + new string('1', 60);
        var company = "ЖЧК«" + string.Concat(Enumerable.Repeat("Курулуш", 25)) + "»";
        var summary = string.Concat(Enumerable.Repeat("Эмгекакысынтөлөбөйкалды", 60));
        int clientId, caseId;
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            clientId = await SampleRecords.Created(api.PostAsJsonAsync("/api/v1/clients", new
            {
                familyName = "Өмүрбеков",
                givenName = "Үмүтбек",
                sex = "Male",
                citizenship = "KG",
                messengerContact = link,
                preferredLanguage = "ky",
                consentGivenOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                consentScopes = new[] { "LegalAid" },
            }));
            caseId = await SampleRecords.Created(api.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, summary, opposingPartyName = company, opposingPartyKind = "Employer" }));
        }

        var phone = Open(BrowserSize.Phone(360));
        phone.SignIn(LegalAidFactory.LawyerMow);
        foreach (var (page, shown) in new[] { ($"/Clients/{clientId}", link), ($"/Cases/{caseId}", company) })
        {
            Step($"open {page} in Kyrgyz", () =>
            {
                phone.GoTo($"{page}?culture=ky&ui-culture=ky");
                phone.WaitForText(shown);
                Assert.False(phone.ScrollsSideways(), $"{page} scrolls sideways at 360 px.");
            });
        }
    }
}
