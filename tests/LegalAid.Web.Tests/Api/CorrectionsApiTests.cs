using System.Net;
using System.Net.Http.Json;
using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Api;

/// <summary>Putting a case's record right over the API: corrections with the version read, voids with a reason, the hearing ahead.</summary>
public sealed class CorrectionsApiTests : WebTest
{
    private int caseId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var clientId = await Client.RegisterClientAsync();
        caseId = await Client.OpenCaseAsync(clientId, ApiJson.EarlyOpening);
    }

    [Fact]
    public async Task AConsultation_IsCorrectedWithTheVersionRead_AndAStaleVersionIs409()
    {
        var id = await LogAsync("Звонок: вопрос о патенте");
        var body = new { version = 0, channel = "Messenger", durationMinutes = 25, actions = new[] { "LegalAdvice" }, summary = "Переписка в WhatsApp о патенте" };

        var saved = await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}", body);
        var stale = await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}", body with { summary = "Опоздавшая правка" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (int)(await saved.ReadAsync())["version"]!);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var consultation = (await (await Client.GetAsync($"/api/v1/cases/{caseId}/consultations")).ReadAsync())[0]!;
        Assert.Equal(("Messenger", "Переписка в WhatsApp о патенте", 1), ((string?)consultation["channel"], (string?)consultation["summary"], (int)consultation["version"]!));
    }

    [Fact]
    public async Task AVoidedConsultation_IsGoneFromTheCase_UnlessVoidedItemsAreAskedFor()
    {
        var id = await LogAsync("Записана не в то дело");

        var stale = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}/void", new { version = 5, reason = "Не то дело" });
        var noReason = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}/void", new { version = 0 });
        var voided = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}/void", new { version = 0, reason = "Не то дело" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.OK), (stale.StatusCode, noReason.StatusCode, voided.StatusCode));
        Assert.NotNull((await noReason.ReadAsync())["errors"]!["reason"]);
        var file = await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync();
        Assert.Empty(file["consultations"]!.AsArray());
        Assert.Equal(1, (int)file["voidedItems"]!);
        var all = await (await Client.GetAsync($"/api/v1/cases/{caseId}/consultations?includeVoided=true")).ReadAsync();
        Assert.Equal(("Не то дело", "Тест Lawyer 1"), ((string?)all[0]!["voidReason"], (string?)all[0]!["voidedByFullName"]));
    }

    [Fact]
    public async Task ClosingWithAHearingAhead_Is400_UntilConfirmed()
    {
        var today = (string)(await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["today"]!;
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today, dueAt = "16:30:00", place = "Мещанский районный суд, зал 5" });

        var refused = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "AdviceOnly" });
        var closed = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "AdviceOnly", confirmUpcomingHearing = true });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("судебное заседание", (string?)(await refused.ReadAsync())["errors"]!["confirmUpcomingHearing"]![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    [Fact]
    public async Task ADeadline_IsCorrectedWithATimeAndPlace_UndoneAndVoided()
    {
        var id = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = "2026-12-01" })).CreatedIdAsync();

        var corrected = await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}", new { version = 0, type = "CourtHearing", dueOn = "2026-12-03", dueAt = "10:30:00", place = "Таганский районный суд, зал 12" });
        var done = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}/done", new { version = 1 });
        var reopened = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}/reopen", new { version = 2 });
        var deadline = (await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["deadlines"]![0]!;
        var voided = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}/void", new { version = 3, reason = "Заседание отменено" });

        Assert.Equal((HttpStatusCode.OK, 2, HttpStatusCode.OK, HttpStatusCode.OK), (corrected.StatusCode, (int)(await done.ReadAsync())["version"]!, reopened.StatusCode, voided.StatusCode));
        Assert.Equal(("2026-12-03", "10:30:00", "Таганский районный суд, зал 12", false), ((string?)deadline["dueOn"], (string?)deadline["dueAt"], (string?)deadline["place"], (bool)deadline["isDone"]!));
        Assert.Empty((await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["deadlines"]!.AsArray());
    }

    [Fact]
    public async Task AChangeWithoutTheVersionItWasMadeTo_IsRefused_NotTakenAsVersionZero()
    {
        var id = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CallBack", dueOn = "2026-12-03" })).CreatedIdAsync();

        var done = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}/done", new { });
        var edited = await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}/deadlines/{id}", new { type = "CallBack", dueOn = "2026-12-04" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (done.StatusCode, edited.StatusCode));
        Assert.Equal("Обязательное поле.", (string?)(await done.ReadAsync())["errors"]!["version"]![0]);
        var deadline = (await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["deadlines"]![0]!;
        Assert.Equal((false, "2026-12-03", 0), ((bool)deadline["isDone"]!, (string?)deadline["dueOn"], (int)deadline["version"]!));
    }

    [Fact]
    public async Task AVoidedDocument_CanNoLongerBeDownloaded_AndItsFileIsGone()
    {
        var id = await (await Client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("паспорт другого клиента.pdf"))).CreatedIdAsync();
        var key = await Factory.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == id).Select(d => d.StorageKey).SingleAsync());
        Assert.True(Stored(key));

        var voided = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/documents/{id}/void", new { version = 0, reason = "Паспорт другого клиента" });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/cases/{caseId}/documents/{id}")).StatusCode);
        Assert.False(Stored(key));
    }

    private bool Stored(string key)
    {
        try
        {
            using var content = Factory.Services.GetRequiredService<IDocumentStore>().Open(key);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task<int> LogAsync(string summary) =>
        await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary })).CreatedIdAsync();
}
