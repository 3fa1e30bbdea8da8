using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Audit;

public sealed class VerifyAuditTrailTests : ApplicationTest
{
    private int clientId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.LogConsultation((await App.SendAsync(Requests.OpenCase(clientId))).Id));
        await App.SendAsync(new GetClient(clientId));
    }

    [Fact]
    public async Task AnUntouchedTrail_IsIntact()
    {
        var last = await App.InDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Id));
        App.ActAs(Roles.Administrator, null);

        var result = await App.SendAsync(new VerifyAuditTrail());

        Assert.True(result.IsIntact);
        Assert.Equal((last, last, last), (result.Entries, result.LastEntryId, result.HeadEntryId));
    }

    [Fact]
    public async Task AnEntryChangedDirectlyInTheDatabaseFile_IsNamed()
    {
        var changed = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "Consultation").Select(e => e.Id).SingleAsync());
        await WithoutTriggersAsync($"UPDATE AuditEntries SET UserName = 'someone.else@test' WHERE Id = {changed}");
        App.ActAs(Roles.Administrator, null);

        var result = await App.SendAsync(new VerifyAuditTrail());

        Assert.False(result.IsIntact);
        Assert.Equal(changed, result.FirstMismatchId);
    }

    [Fact]
    public async Task AnEntryRemovedFromTheMiddle_IsNoticedAtTheNextOne()
    {
        var removed = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "Case").Select(e => e.Id).SingleAsync());
        await WithoutTriggersAsync($"DELETE FROM AuditEntries WHERE Id = {removed}");
        App.ActAs(Roles.Administrator, null);

        var result = await App.SendAsync(new VerifyAuditTrail());

        Assert.Equal(removed + 1, result.FirstMismatchId);
    }

    [Fact]
    public async Task EntriesCutOffTheEnd_AreNoticed()
    {
        var last = await App.InDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Id));
        await WithoutTriggersAsync($"DELETE FROM AuditEntries WHERE Id = {last}");
        App.ActAs(Roles.Administrator, null);

        var result = await App.SendAsync(new VerifyAuditTrail());

        Assert.False(result.IsIntact);
        Assert.Null(result.FirstMismatchId);
        Assert.Equal((last - 1, last), (result.LastEntryId, result.HeadEntryId));
    }

    [Fact]
    public async Task ManyRequestsAtOnce_AppendOneUnbrokenChain()
    {
        var before = await App.InDatabaseAsync(db => db.AuditEntries.CountAsync());

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => i % 2 == 0
            ? (Task)App.SendAsync(new GetClient(clientId))
            : App.SendAsync(new FindClients(Query: "Үсөнбаев"))));

        var ids = await App.InDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
        Assert.Equal(before + 24, ids.Count);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => (long)i), ids);
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    /// <summary>What someone holding the database file could do: drop the triggers and write.</summary>
    private Task<int> WithoutTriggersAsync(FormattableString sql) => App.InDatabaseAsync(async db =>
    {
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete;");
        return await db.Database.ExecuteSqlAsync(sql);
    });
}
