using System.Text.Json;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common;

public sealed class AuditTrailTests : ApplicationTest
{
    [Fact]
    public async Task RegisteringAClient_RecordsWhoCreatedWhatWithTheValues()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        var entry = await SingleAsync(AuditAction.Created, "Client");
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal("lawyer.1@test", entry.UserName);
        Assert.Equal(TestApp.Moscow, entry.CentreId);
        Assert.Equal("203.0.113.7", entry.IpAddress);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, entry.OccurredAtUtc);
        var changes = JsonDocument.Parse(entry.Changes!).RootElement;
        Assert.Equal("Үсөнбаев", changes.GetProperty("FamilyName")[1].GetString());
        Assert.False(changes.TryGetProperty("SearchKey", out _));
    }

    [Fact]
    public async Task EditingAClient_RecordsEachChangedFieldFromWhatToWhat()
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        var registered = Requests.RegisterClient();

        await App.SendAsync(new UpdateClient
        {
            Id = id,
            Version = 0,
            FamilyName = "Үсөнбаева",
            GivenName = registered.GivenName,
            Patronymic = registered.Patronymic,
            LatinName = registered.LatinName,
            Sex = registered.Sex,
            DateOfBirth = registered.DateOfBirth,
            Citizenship = registered.Citizenship,
            Phone = registered.Phone,
            MessengerContact = registered.MessengerContact,
            RegionOfOrigin = registered.RegionOfOrigin,
            PreferredLanguage = registered.PreferredLanguage,
            ConsentGivenOn = registered.ConsentGivenOn,
            ConsentScopes = registered.ConsentScopes,
        });

        var changes = JsonDocument.Parse((await SingleAsync(AuditAction.Updated, "Client")).Changes!).RootElement;
        Assert.Equal(["FamilyName"], changes.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Үсөнбаев", changes.GetProperty("FamilyName")[0].GetString());
        Assert.Equal("Үсөнбаева", changes.GetProperty("FamilyName")[1].GetString());
    }

    [Fact]
    public async Task ViewingAndSearching_AreRecorded()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        await App.SendAsync(new GetClient(id));
        await App.SendAsync(new FindClients(Query: "нурлан"));

        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), (await SingleAsync(AuditAction.Viewed, "Client")).EntityId);
        Assert.Contains("нурлан", (await SingleAsync(AuditAction.Searched, "Client")).Details, StringComparison.Ordinal);
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

    private Task<AuditEntry> SingleAsync(AuditAction action, string entityType) =>
        App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == action && e.EntityType == entityType));
}
