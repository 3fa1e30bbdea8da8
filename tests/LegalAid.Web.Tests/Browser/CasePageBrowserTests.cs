using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>The case page on a 360 px phone: the consultations come first, and each add-form is one tap away below them.</summary>
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
        await Factory.InDatabaseAsync(db =>
        {
            db.PartnerOrganisations.Add(new Domain.Partners.PartnerOrganisation("Трудовая инспекция", "Эмгек инспекциясы", "Labour inspectorate", null));
            return db.SaveChangesAsync();
        });
        int caseId;
        using (var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            caseId = await SampleRecords.OpenCaseAsync(api, ApiJson.NewClient());
            await SampleRecords.Created(api.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 15, summary = "Разъяснён порядок обращения в трудовую инспекцию." }));
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
    }
}
