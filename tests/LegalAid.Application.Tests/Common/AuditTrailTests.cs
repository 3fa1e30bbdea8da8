using System.Globalization;
using System.Text;
using System.Text.Json;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Transfers.ListTransfers;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common;

public sealed class AuditTrailTests : ApplicationTest
{
    [Fact]
    public async Task RegisteringAClient_RecordsWhoCreatedWhat_WithTheRealIdAndThePersonalValuesOnlySealed()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        var entry = await SingleAsync(AuditAction.Created, "Client");
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(key, entry.EntityId);
        Assert.Equal("lawyer.1@test", entry.UserName);
        Assert.Equal(TestApp.Moscow, entry.CentreId);
        Assert.Equal("203.0.113.7", entry.IpAddress);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, entry.OccurredAtUtc);
        var changes = JsonDocument.Parse(entry.Changes!).RootElement;
        Assert.Equal(id, changes.GetProperty("Id")[1].GetInt32());
        Assert.Equal("Male", changes.GetProperty("Sex")[1].GetString());
        Assert.Equal(AuditEntry.SealedMarker, changes.GetProperty("FamilyName").GetString());
        Assert.Equal(AuditEntry.SealedMarker, changes.GetProperty("Phone").GetString());
        Assert.False(changes.TryGetProperty("SearchKey", out _));
        Assert.Equal(key, entry.SealedFor);
        Assert.NotNull(entry.Sealed);
        Assert.DoesNotContain("Үсөнбаев", entry.Changes, StringComparison.Ordinal);
        Assert.False(Contains(entry.Sealed!, "Үсөнбаев"));
    }

    [Fact]
    public async Task EditingAClient_RecordsOnlyTheChangedField_ByName()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        await App.SendAsync(UpdateClient.From(await App.SendAsync(new GetClient(id))) with { FamilyName = "Үсөнбаева" });

        var changes = JsonDocument.Parse((await SingleAsync(AuditAction.Updated, "Client")).Changes!).RootElement;
        Assert.Equal(["FamilyName"], changes.EnumerateObject().Select(p => p.Name));
        Assert.Equal(AuditEntry.SealedMarker, changes.GetProperty("FamilyName").GetString());
    }

    [Fact]
    public async Task AConsultationSummary_IsSealedForTheCasesClient()
    {
        var caseId = await OpenCaseAsync();
        var clientId = await App.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ClientId).SingleAsync());

        var consultation = await App.SendAsync(Requests.LogConsultation(caseId));

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "Consultation"));
        Assert.Equal(consultation.ToString(CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal(clientId.ToString(CultureInfo.InvariantCulture), entry.SealedFor);
        Assert.DoesNotContain("претензия", entry.Changes, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(caseId, JsonDocument.Parse(entry.Changes!).RootElement.GetProperty("CaseId")[1].GetInt32());
    }

    [Fact]
    public async Task ViewingAndSearching_AreRecorded_TheSearchTermsSealedForTheClientsFound()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        await App.SendAsync(new GetClient(id));
        await App.SendAsync(new FindClients(Query: "нурлан"));

        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), (await SingleAsync(AuditAction.Viewed, "Client")).EntityId);
        var search = await SingleAsync(AuditAction.Searched, "Client");
        Assert.Equal("page=1", search.Details);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), search.SealedFor);
        Assert.False(Contains(search.Sealed!, "нурлан"));
    }

    [Fact]
    public async Task ListsThatNameClients_AreRecorded_WithTheirFiltersAndPage()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.OpenCase(client));

        await App.SendAsync(new ListCases(Status: CaseStatus.Open, PageNumber: 2));
        await App.SendAsync(new GetDesk(DuePage: 3));
        await App.SendAsync(new ListTransfers());

        Assert.Equal("""{"Status":"Open","Sort":"NewestFirst","PageNumber":2}""", (await SingleAsync(AuditAction.Searched, "Case")).Details);
        Assert.Equal("""{"PageNumber":1,"DuePage":3}""", (await SingleAsync(AuditAction.Viewed, "Desk")).Details);
        Assert.Equal("""{"PageNumber":1}""", (await SingleAsync(AuditAction.Viewed, "ClientTransfer")).Details);
    }

    [Fact]
    public async Task SearchesAtOnceThatFindAClientWithoutAKeyYet_AllSucceed_AndEveryOneOpensUnderTheOneKeyKept()
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        // As for a client registered before the trail was sealed, or generated as demo data.
        await App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM ClientKeys WHERE ClientId = {id}"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => App.SendAsync(new FindClients(Query: "нурлан")))));

        Assert.Equal(1, await App.InDatabaseAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM ClientKeys WHERE ClientId = {id}").SingleAsync()));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var trail = await App.SendAsync(new FindAuditEntries(Action: AuditAction.Searched, PageSize: 100));
        Assert.Equal(8, trail.Entries.Items.Count);
        Assert.All(trail.Entries.Items, search => Assert.StartsWith("query=нурлан;", search.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASearchThatFindsSeveralClientsWithoutAKey_KeysEachOnce_AndKeepsTheKeyOneOfThemHad()
    {
        var ids = new List<int>();
        foreach (var day in new[] { 17, 18, 19 })
        {
            ids.Add(await App.SendAsync(Requests.RegisterClient() with { DateOfBirth = new DateOnly(1990, 5, day), Phone = $"+7 916 123-45-{day}", NotADuplicate = true }));
        }

        var kept = ids[0];
        var keptKey = await App.InDatabaseAsync(db => db.Database.SqlQuery<byte[]>($"SELECT WrappedKey AS Value FROM ClientKeys WHERE ClientId = {kept}").SingleAsync());
        await App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM ClientKeys WHERE ClientId <> {kept}"));

        await App.SendAsync(new FindClients(Query: "нурлан"));

        foreach (var id in ids)
        {
            Assert.Equal(1, await App.InDatabaseAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM ClientKeys WHERE ClientId = {id}").SingleAsync()));
        }

        Assert.Equal(keptKey, await App.InDatabaseAsync(db => db.Database.SqlQuery<byte[]>($"SELECT WrappedKey AS Value FROM ClientKeys WHERE ClientId = {kept}").SingleAsync()));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var search = Assert.Single((await App.SendAsync(new FindAuditEntries(Action: AuditAction.Searched, PageSize: 100))).Entries.Items);
        Assert.StartsWith("query=нурлан;", search.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchThatFindsNobody_KeepsNoneOfItsTerms_NotEvenAHashThatWouldConfirmAGuess()
    {
        await App.SendAsync(Requests.RegisterClient());

        await App.SendAsync(new FindClients(Query: "Жумабеков", Phone: "+7 999 000-11-22"));

        var search = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Searched));
        Assert.Equal("page=1; shown=0", search.Details);
        Assert.Null(search.Sealed);
        Assert.Null(search.SealedFor);
    }

    [Fact]
    public async Task ARefusedCommand_LeavesNoAuditEntry()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2027, 1, 1) }));

        Assert.Equal(0, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Case")));
    }

    [Fact]
    public async Task TheTrail_CannotBeChangedThroughTheAppOrTheDatabase()
    {
        await App.SendAsync(Requests.RegisterClient());

        await Assert.ThrowsAsync<InvalidOperationException>(() => App.InDatabaseAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            return await db.SaveChangesAsync();
        }));
        var update = await Assert.ThrowsAsync<SqliteException>(() => App.InDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET UserName = 'nobody'")));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => App.InDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries")));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.UserName == "lawyer.1@test")));
    }

    [Fact]
    public async Task EntriesAreNumberedOneAfterAnother_InTheOrderTheyWereWritten()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(client))).Id;
        await App.SendAsync(Requests.LogConsultation(caseId) with { Summary = "Вторая." });

        var entries = await App.InDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Id));
        Assert.All(entries, e => Assert.Equal(32, e.Hash!.Length));
        Assert.Equal(["Client", "Case", "Consultation"], entries.Where(e => e.EntityType is "Client" or "Case" or "Consultation").Select(e => e.EntityType));
    }

    private static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private Task<AuditEntry> SingleAsync(AuditAction action, string entityType) =>
        App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == action && e.EntityType == entityType));
}
