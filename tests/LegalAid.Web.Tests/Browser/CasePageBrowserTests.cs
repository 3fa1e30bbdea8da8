using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>The case page on a 360 px phone: the consultations come first, each add-form is one tap away below them, and an error's link leads to its field.</summary>
public sealed class CasePageBrowserTests : BrowserTest
{
    private const string FieldsAboveTimeline = """
        [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
            .filter(field => field.checkVisibility() && !field.closest('#case-report'))
            .filter(field => field.getBoundingClientRect().top < document.getElementById('timeline').getBoundingClientRect().top)
            .length
        """;

    [Fact]
    public async Task OnAPhone_TheTimelineComesFirst_AndEachAddFormIsOneTapAway()
    {
        var partnerId = await Factory.InDatabaseAsync(async db =>
        {
            var partner = new Domain.Partners.PartnerOrganisation("Трудовая инспекция", "Эмгек инспекциясы", "Labour inspectorate", null);
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        int caseId;
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            caseId = await SampleRecords.OpenCaseAsync(api, ApiJson.NewClient());
            await SampleRecords.Created(api.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 15, summary = "Разъяснён порядок обращения в трудовую инспекцию." }));
            await SampleRecords.Created(api.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { partnerId, note = "Жалоба на работодателя" }));
        }

        var phone = Open(BrowserSize.Phone(360));
        Step("sign in and open the case", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo($"/Cases/{caseId}");
            phone.WaitFor(".timeline");
        });

        Assert.True(phone.Evaluate<double>("document.getElementById('timeline').getBoundingClientRect().bottom") < phone.Evaluate<double>("window.innerHeight"),
            "The consultations' heading is not on the first screen at 360 px.");
        Assert.Equal(0L, phone.Evaluate<long>(FieldsAboveTimeline));
        Assert.False(phone.ScrollsSideways(), "The case page scrolls sideways at 360 px.");

        foreach (var (section, field) in new[] { ("#deadlines", "#Deadline_Type"), ("#documents", "#file"), ("#referrals", "#Referral_PartnerId") })
        {
            Step($"one tap opens the form in {section}", () =>
            {
                Assert.False(phone.Evaluate<bool>($"document.querySelector('{field}').checkVisibility()"), $"{field} shows before its section's button is tapped.");
                phone.Click($"{section} summary");
                phone.WaitFor(field);
            });
        }

        Step("refer the client from the opened form", () =>
        {
            phone.Select("#Referral_PartnerId", "Трудовая инспекция");
            phone.Fill("#Referral_Note", "Медицинская помощь");
            phone.ClickButton("Направить");
            phone.WaitForTextIn("#referrals", "Медицинская помощь");
        });

        Step("a result saved without a choice: the error summary's link leads to that referral's result field", () =>
        {
            var form = phone.Evaluate<string>("[...document.querySelectorAll(\"form[id^='referral-result-']\")].at(-1).id");
            var referralId = form["referral-result-".Length..];
            phone.Fill($"#result-note-{referralId}", "Партнёр перезвонит в понедельник");
            phone.Click($"#{form} button[type=submit]");
            phone.Click("#error-summary a");
            Assert.Equal($"result-{referralId}", phone.Evaluate<string>("document.activeElement.id"));
            Assert.True(phone.Evaluate<bool>("(r => r.top >= 0 && r.bottom <= window.innerHeight)(document.activeElement.getBoundingClientRect())"), "The result field is not on screen.");
            Assert.Equal("Партнёр перезвонит в понедельник", phone.Evaluate<string>($"document.getElementById('result-note-{referralId}').value"));
        });
    }
}
