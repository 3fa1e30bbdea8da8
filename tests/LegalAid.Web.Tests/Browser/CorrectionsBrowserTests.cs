using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>Putting the record right on a 360 px phone: a consultation corrected, another voided with a reason, then shown struck through.</summary>
public sealed class CorrectionsBrowserTests : BrowserTest
{
    [Fact]
    public async Task ALawyer_CorrectsOneConsultation_VoidsAnother_AndSeesItStruckThroughWithReasonAndWho()
    {
        using var api = Factory.CreateClient(new() { BaseAddress = Factory.ClientOptions.BaseAddress });
        await LegalAidFactory.TrySignInAsync(api, LegalAidFactory.LawyerMow, LegalAidFactory.Password);
        var clientId = await api.RegisterClientAsync();
        var caseId = await api.OpenCaseAsync(clientId);
        var first = await LogAsync(api, caseId, "Первичная консультация: вопрос о зарплате");
        var wrong = await LogAsync(api, caseId, "Консультация Өмүрбекова, записана по ошибке");
        var phone = Open(BrowserSize.Phone(360));
        var caseUrl = $"/Cases/{caseId}";

        Step("sign in on the phone", () => phone.SignIn(LegalAidFactory.LawyerMow));

        Step("correct the first consultation, one tap from the timeline", () =>
        {
            phone.GoTo(caseUrl);
            phone.Click($"#consultation-{first} a");
            phone.WaitForUrl($"/consultations/{first}");
            Assert.False(phone.ScrollsSideways(), "The correction form scrolls sideways at 360 px.");
            phone.Select("#Input_Channel", "Messenger");
            phone.Click("#Input_Actions-ComplaintOrLetter");
            phone.Fill("#Input_Summary", "Переписка в WhatsApp: составлена жалоба в трудовую инспекцию.");
            phone.ClickButton("Сохранить");
            phone.WaitForUrl(caseUrl);
            var item = phone.Text($"#consultation-{first}");
            Assert.Contains("Переписка в WhatsApp: составлена жалоба в трудовую инспекцию.", item, StringComparison.Ordinal);
            Assert.Contains("Мессенджер", item, StringComparison.Ordinal);
            Assert.Contains("Исправлено", item, StringComparison.Ordinal);
        });

        Step("void the wrong consultation with a reason", () =>
        {
            phone.Click($"#consultation-{wrong} a");
            phone.WaitForUrl($"/consultations/{wrong}");
            phone.Fill("#Void_Reason", "Записана не в то дело: это консультация Өмүрбекова.");
            phone.ClickButton("Аннулировать");
            phone.WaitForUrl("voided=true");
            Assert.Equal("Запись аннулирована: она осталась в деле зачёркнутой, с причиной.", phone.Text("#timeline + #done").Trim());
        });

        Step("see it among the voided ones: struck through, with the reason and who", () =>
        {
            var item = phone.WaitFor($"#consultation-{wrong}.voided");
            Assert.Contains("line-through", phone.Evaluate<string>($"getComputedStyle(document.querySelector('#consultation-{wrong} .text-decoration-line-through')).textDecorationLine"), StringComparison.Ordinal);
            Assert.Contains("Консультация Өмүрбекова, записана по ошибке", item.Text, StringComparison.Ordinal);
            Assert.Contains("Записана не в то дело: это консультация Өмүрбекова.", phone.Text($"#consultation-{wrong} .void-reason"), StringComparison.Ordinal);
            Assert.Contains("Тест Lawyer 1", phone.Text($"#consultation-{wrong} .voided-note"), StringComparison.Ordinal);
            Assert.False(phone.ScrollsSideways(), "The case page scrolls sideways at 360 px.");
        });

        Step("hide them again", () =>
        {
            phone.Click("#voided-switch");
            phone.WaitForUrl(caseUrl);
            Assert.Equal(0L, phone.Evaluate<long>($"document.querySelectorAll('#consultation-{wrong}').length"));
        });
    }

    private static async Task<int> LogAsync(HttpClient api, int caseId, string summary) =>
        await (await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 15, summary })).CreatedIdAsync();
}
