using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

public sealed class CasesApiTests : WebTest
{
    [Fact]
    public async Task TheLawyersWorkflow_OpensLogsClosesAndReopensACase()
    {
        var clientId = await Client.RegisterClientAsync();

        var opened = await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var @case = await opened.ReadAsync();
        var caseId = (int)@case["id"]!;
        Assert.Matches(@"^MOW-\d{4}-00001$", (string?)@case["number"]);

        var logged = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new
        {
            channel = "Messenger",
            lawyerId = Factory.LawyerOf[LegalAidFactory.Moscow],
            durationMinutes = 20,
            actions = new[] { "LegalAdvice", "ComplaintOrLetter" },
            summary = "Жалоба в трудовую инспекцию.",
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var timeline = (await (await Client.GetAsync($"/api/v1/cases/{caseId}/consultations")).ReadAsync()).AsArray();
        Assert.Equal(["LegalAdvice", "ComplaintOrLetter"], Assert.Single(timeline)!["actions"]!.AsArray().Select(a => (string?)a));

        var closed = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "ResolvedInFavour", amountRecovered = 80000 });
        Assert.Equal(1, (int?)(await closed.ReadAsync())["version"]);

        var reopened = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/reopen", new { version = 1, note = "Работодатель не заплатил" });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);

        var final = await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync();
        Assert.Equal("Open", (string?)final["status"]);
        Assert.Equal(80000m, (decimal?)final["amountRecovered"]);
        Assert.Equal(3, final["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task ClosingAClosedCase_IsAConflictWithTheCasesState_NotAnErrorUnderAFieldItDoesNotHave()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "ResolvedInFavour" });

        var again = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 1, outcome = "NotResolved" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ReadAsync();
        Assert.Equal(("Запрос не подходит к нынешнему состоянию записи.", "Дело уже закрыто."), ((string?)problem["title"], (string?)problem["detail"]));
        Assert.Null(problem["errors"]);
    }

    [Fact]
    public async Task Open_WithUnknownIds_Returns400AndWritesNothing()
    {
        var clientId = await Client.RegisterClientAsync();

        var response = await Client.PostAsJsonAsync("/api/v1/cases", new { clientId = clientId + 100, primaryCategoryId = 99, otherCategoryIds = new[] { 98 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync())["errors"]!.AsObject();
        Assert.Equal(["clientId", "otherCategoryIds", "primaryCategoryId"], errors.Select(e => e.Key).Order());
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task LogConsultation_InTheFuture_Returns400()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;

        var response = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new
        {
            heldAt = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            channel = "Phone",
            lawyerId = Factory.LawyerOf[LegalAidFactory.Moscow],
            durationMinutes = 15,
            summary = "Звонок",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]!["heldAt"]);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Consultations.CountAsync()));
    }

    [Theory]
    [InlineData("T10:00", 7)]
    [InlineData("T10:00:00Z", 10)]
    [InlineData("T10:00:00+05:00", 5)]
    public async Task LogConsultation_ATimeWithoutAZone_IsOnTheCentresClock_OneWithAZoneIsThatInstant(string time, int utcHour)
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        var response = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new
        {
            heldAt = yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + time,
            channel = "Phone",
            durationMinutes = 15,
            summary = "Звонок",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var heldAtUtc = await Factory.InDatabaseAsync(db => db.Consultations.Where(c => c.CaseId == caseId).Select(c => c.HeldAtUtc).SingleAsync());
        Assert.Equal(yesterday.ToDateTime(new TimeOnly(utcHour, 0)), heldAtUtc);
    }

    [Fact]
    public async Task Close_AStaleVersion_Returns409()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;
        await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { version = 0, primaryCategoryId = 6, summary = "Уточнено" });

        var response = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "AdviceOnly" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ABodyNamingAnotherRecordThanTheAddress_Returns400AndChangesNeither()
    {
        var clientId = await Client.RegisterClientAsync();
        var first = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;
        var second = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;

        var edit = await Client.PutAsJsonAsync($"/api/v1/cases/{first}", new { id = second, version = 0, primaryCategoryId = 6, summary = "Перепутано" });
        var consultation = await Client.PostAsJsonAsync($"/api/v1/cases/{first}/consultations", new { caseId = second, channel = "Phone", durationMinutes = 10, summary = "Звонок" });

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains($"id = {first}", (string?)(await edit.ReadAsync())["errors"]!["id"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, consultation.StatusCode);
        Assert.NotNull((await consultation.ReadAsync())["errors"]!["caseId"]);
        Assert.Equal([0, 0], await Factory.InDatabaseAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Version).ToListAsync()));
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Consultations.CountAsync()));
    }

    [Fact]
    public async Task ABodyRepeatingTheIdInTheAddress_IsAccepted()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId))).ReadAsync())["id"]!;

        var edit = await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { id = caseId, version = 0, primaryCategoryId = 6, summary = "Уточнено" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }

    [Fact]
    public async Task UnknownCase_Returns404Everywhere()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/v1/cases/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/v1/cases/999/consultations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync("/api/v1/cases/999/close", new { version = 0, outcome = "AdviceOnly" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsJsonAsync("/api/v1/cases/999/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок", lawyerId = Factory.LawyerOf[LegalAidFactory.Moscow] })).StatusCode);
    }

    [Fact]
    public async Task List_FiltersAndRefusesBadFilters()
    {
        var clientId = await Client.RegisterClientAsync();
        await Client.PostAsJsonAsync("/api/v1/cases", NewCase(clientId));

        var open = await (await Client.GetAsync("/api/v1/cases?status=Open&centreId=1")).ReadAsync();
        var closed = await (await Client.GetAsync("/api/v1/cases?status=Closed")).ReadAsync();
        var bad = await Client.GetAsync("/api/v1/cases?openedFrom=2026-05-01&openedTo=2026-04-01");

        Assert.Equal(1, (int?)open["totalCount"]);
        Assert.Equal(0, (int?)closed["totalCount"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static object NewCase(int clientId) => new
    {
        clientId,
        primaryCategoryId = 6,
        summary = "Не выплачена зарплата.",
        opposingPartyName = "ООО «СтройМонтаж»",
        opposingPartyKind = "Employer",
        amountClaimed = 120000,
    };
}
