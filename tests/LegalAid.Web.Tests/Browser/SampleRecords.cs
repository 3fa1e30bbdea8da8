using System.Net.Http.Json;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// One of everything a page can show, put in through the API by the people who would: a Moscow case with an overdue
/// call back, a hearing, a referral, a document, a corrected and a voided consultation; a client offered to Kazan and
/// a person Kazan asks for; a published donor report; and a year of demo data behind the statistics.
/// </summary>
internal static class SampleRecords
{
    public static async Task SeedAsync(LegalAidFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
                .GenerateAsync(new DemoDataOptions { Clients = 40, Consultations = 160, Years = 1, Seed = 13 }, CancellationToken.None);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using (var lawyer = await ApiAsync(factory, LegalAidFactory.LawyerMow))
        {
            var caseId = await OpenCaseAsync(lawyer, ApiJson.NewClient("Үсөнбаев"));
            var callBack = await Created(lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new
            {
                channel = "InPerson", durationMinutes = 30, summary = "Обещал перезвонить.", heldAt = DateTime.UtcNow.AddDays(-5), followUpOn = today.AddDays(-3),
            }));
            await Created(lawyer.PutAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{callBack}", new
            {
                version = 0, channel = "Phone", durationMinutes = 20, summary = "Обещал перезвонить после разговора с работодателем.", followUpOn = today.AddDays(-3),
            }));
            var wrong = await LogAsync(lawyer, caseId, "Записана не в то дело.");
            await Created(lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{wrong}/void", new { version = 0, reason = "Не то дело" }));
            await Created(lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today.AddDays(2), dueAt = "10:30", place = "Мещанский районный суд, зал 5" }));
            await Created(lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "DocumentDue", dueOn = today.AddDays(-1), note = "Копия трудового договора" }));
            var lookups = await (await lawyer.GetAsync("/api/v1/lookups")).ReadAsync();
            var partnerId = (int)lookups["partners"]![0]!["id"]!;
            await Created(lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { partnerId, note = "Медицинская помощь" }));
            await Created(lawyer.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("Трудовой договор.pdf")));
        }

        using (var coordinator = await ApiAsync(factory, LegalAidFactory.CoordinatorMow))
        {
            var movingCase = await OpenCaseAsync(coordinator, new
            {
                familyName = "Бакиров", givenName = "Тимур", latinName = "Bakirov Timur", sex = "Male", dateOfBirth = "1985-03-02", citizenship = "UZ",
                phone = "+7 917 555-12-34", preferredLanguage = "ru", consentGivenOn = today, consentScopes = new[] { "LegalAid" },
            });
            var clientId = (int)(await (await coordinator.GetAsync($"/api/v1/cases/{movingCase}")).ReadAsync())["clientId"]!;
            await Created(coordinator.PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = LegalAidFactory.Kazan, caseIds = new[] { movingCase } }));
        }

        using (var kazan = await ApiAsync(factory, LegalAidFactory.LawyerKzn))
        {
            await Created(kazan.PostAsJsonAsync("/api/v1/transfers/requests", new { centreCode = "MOW", familyName = "Usonbaev", givenName = "Nurlan", note = "Переехал в Казань" }));
        }

        using var programme = await ApiAsync(factory, LegalAidFactory.Programme);
        var reportId = await Created(programme.PostAsJsonAsync("/api/v1/reports/donor", new
        {
            from = today.AddYears(-1), to = today.AddDays(-1), language = "ru", title = "Отчёт за год: ң ө ү", highlights = "Больше возвращённой зарплаты.",
        }));
        await Created(programme.PostAsJsonAsync($"/api/v1/reports/{reportId}/publish", new { version = 0 }));
    }

    /// <summary>An API client on the app's real port, signed in as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> ApiAsync(LegalAidFactory factory, string email)
    {
        var client = factory.CreateClient(new() { BaseAddress = factory.ClientOptions.BaseAddress });
        await LegalAidFactory.TrySignInAsync(client, email, LegalAidFactory.Password);
        return client;
    }

    /// <summary>Registers the client and opens a wage case for them; the case's id.</summary>
    public static async Task<int> OpenCaseAsync(HttpClient api, object client)
    {
        var clientId = await Created(api.PostAsJsonAsync("/api/v1/clients", client));
        return await Created(api.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, opposingPartyName = "ООО «Чистый город»", opposingPartyKind = "Employer" }));
    }

    private static async Task<int> LogAsync(HttpClient api, int caseId, string summary) =>
        await Created(api.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 15, summary }));

    /// <summary>Fails with the problem details the API answered unless it succeeded; the id it created, if any.</summary>
    public static async Task<int> Created(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {response.StatusCode} {body}");
        return System.Text.Json.Nodes.JsonNode.Parse(body) is System.Text.Json.Nodes.JsonObject created && created["id"] is { } id ? (int)id : 0;
    }
}
