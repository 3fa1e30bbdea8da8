using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

/// <summary>What an import writes for the records it creates: the rows SaveChanges would write, and one audit entry per record.</summary>
public sealed class ImportedRecordsTests : ImportTest
{
    private static readonly string[] Keys = ["Id", "ClientId", "CaseId", "ConsultationId", "Number"];

    [Fact]
    public async Task InsertingNewRecordsInBulk_WritesTheRowsAndAuditEntriesSaveChangesWould_NameTokensIncluded()
    {
        var (saved, inserted, entries) = await App.InDatabaseAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var marks = new List<long> { await LastEntryAsync(db) };
            var savedClient = NewClient();
            db.Clients.Add(savedClient);
            await db.SaveChangesAsync();
            marks.Add(await LastEntryAsync(db));
            var insertedClient = NewClient();
            await db.InsertNewAsync([insertedClient], CancellationToken.None);
            marks.Add(await LastEntryAsync(db));
            var savedCase = await NewCaseAsync(db, savedClient.Id, 91);
            db.Cases.Add(savedCase);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            marks.Add(await LastEntryAsync(db));
            await db.InsertNewAsync([await NewCaseAsync(db, insertedClient.Id, 92)], CancellationToken.None);
            marks.Add(await LastEntryAsync(db));
            await transaction.CommitAsync();

            var all = await db.AuditEntries.AsNoTracking().Where(e => e.Id > marks[0]).ToListAsync();
            List<AuditEntry> Between(int from) => [.. all.Where(e => e.Id > marks[from] && e.Id <= marks[from + 1])];
            return (
                await RowsOfAsync(db, savedClient.Id),
                await RowsOfAsync(db, insertedClient.Id),
                (Saved: Between(0).Concat(Between(2)).ToList(), Inserted: Between(1).Concat(Between(3)).ToList(),
                    SavedRows: await EntryRowsAsync(db, (marks[0], marks[1]), (marks[2], marks[3])),
                    InsertedRows: await EntryRowsAsync(db, (marks[1], marks[2]), (marks[3], marks[4]))));
        });

        Assert.Contains(saved, row => row.StartsWith("ClientNameTokens", StringComparison.Ordinal));
        Assert.Contains(saved, row => row.StartsWith("ConsultationCategory", StringComparison.Ordinal));
        Assert.Equal(saved, inserted);
        Assert.Equal(
            ["Case", "CaseCategory", "CaseStatusChange", "CaseStatusChange", "Client", "Consultation", "ConsultationCategory"],
            entries.Saved.Select(e => e.EntityType).Order(StringComparer.Ordinal));
        Assert.Equal(Described(entries.Saved), Described(entries.Inserted));
        Assert.Equal(entries.SavedRows, entries.InsertedRows);
        Assert.All(entries.Inserted.Where(e => e.EntityType is "Client" or "Consultation"), e => Assert.NotNull(e.Sealed));
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    [Fact]
    public async Task AnImportedRecordsEntry_IsFoundByItsId_OpensForTheCentre_AndNoLongerOnceItsClientIsErased()
    {
        await ImportAsync(ImportFile.Utf8([ImportFile.Row()]));
        var (clientId, consultationId) = await App.InDatabaseAsync(async db =>
            (await db.Clients.Select(c => c.Id).SingleAsync(), await db.Consultations.Select(c => c.Id).SingleAsync()));
        var find = new FindAuditEntries(EntityType: "Consultation", EntityId: consultationId.ToString(CultureInfo.InvariantCulture));

        var before = Assert.Single((await App.SendAsync(find)).Entries.Items);
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new EraseClient { ClientId = clientId, Reason = "Заявление клиента", Confirmed = true });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var after = Assert.Single((await App.SendAsync(find)).Entries.Items);

        Assert.Equal((AuditAction.Created, PersonalValuesState.Shown), (before.Action, before.PersonalValues));
        Assert.Equal("Работодатель не платит три месяца; подготовлена претензия.", Assert.Single(before.Changes, c => c.Field == "Summary").After);
        Assert.Equal(PersonalValuesState.Erased, after.PersonalValues);
        Assert.Null(Assert.Single(after.Changes, c => c.Field == "Summary").After);
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    private Client NewClient() => new(
        new ClientDetails(new PersonName("Жээнбекова", "Айгүлүм", "Өмүрбековна", "Jeenbekova Aigulum"), Sex.Female, DateOfBirth.Exact(new DateOnly(1988, 11, 23), App.Today),
            "KG", "+79265550199", null, null, "ky", new Consent(new DateOnly(2015, 6, 1), ConsentScope.LegalAid, App.Today)),
        TestApp.Moscow,
        App.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A case with a second category, a consultation with its summary, closed: every collection a case holds.</summary>
    private async Task<Case> NewCaseAsync(LegalAidDbContext db, int clientId, int sequence)
    {
        var categories = await db.ProblemCategories.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        var centre = await db.Centres.SingleAsync(c => c.Id == TestApp.Moscow);
        var lawyer = App.LawyerOf[TestApp.Moscow];
        var actor = new Actor(lawyer, App.Clock.GetUtcNow().UtcDateTime, App.Today);
        var @case = new Case(new CaseNumber(centre.Code, 2026, sequence), clientId, centre.Id, lawyer, new DateOnly(2026, 3, 2),
            new CaseDetails(categories[0], [categories[1]], null, null, null), actor);
        @case.LogConsultation(new ConsultationDetails(centre.MomentOf(new DateTime(2026, 3, 2, 10, 0, 0)), ConsultationChannel.InPerson, lawyer, 45, [categories[1]],
            ConsultationActions.LegalAdvice, "Работодатель не платит; Үсөнбаев", null), actor);
        @case.Close(CaseOutcome.ResolvedInFavour, new DateOnly(2026, 3, 10), Money.Zero(), actor);
        return @case;
    }

    private static Task<long> LastEntryAsync(LegalAidDbContext db) => db.AuditEntries.MaxAsync(e => (long?)e.Id).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);

    /// <summary>Every row the client and their cases have, table by table, without the keys that differ between twins.</summary>
    private static async Task<List<string>> RowsOfAsync(LegalAidDbContext db, int clientId)
    {
        string[] queries =
        [
            $"SELECT * FROM Clients WHERE Id = {clientId}",
            $"SELECT * FROM ClientNameTokens WHERE ClientId = {clientId}",
            $"SELECT * FROM Cases WHERE ClientId = {clientId}",
            $"SELECT * FROM CaseCategory WHERE CaseId IN (SELECT Id FROM Cases WHERE ClientId = {clientId})",
            $"SELECT * FROM CaseStatusChange WHERE CaseId IN (SELECT Id FROM Cases WHERE ClientId = {clientId})",
            $"SELECT * FROM Consultations WHERE ClientId = {clientId}",
            $"SELECT * FROM ConsultationCategory WHERE ConsultationId IN (SELECT Id FROM Consultations WHERE ClientId = {clientId})",
        ];
        var rows = new List<string>();
        foreach (var sql in queries)
        {
            rows.AddRange(await StoredRowsAsync(db, sql));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The stored audit entries between two marks, without what differs between twins (ids, sealed content, hashes), sorted.</summary>
    private static async Task<List<string>> EntryRowsAsync(LegalAidDbContext db, params (long After, long Upto)[] ranges)
    {
        var rows = new List<string>();
        foreach (var (after, upto) in ranges)
        {
            rows.AddRange(await StoredRowsAsync(db,
                $"SELECT * FROM AuditEntries WHERE Id > {after} AND Id <= {upto}", "EntityId", "Changes", "Sealed", "SealedFor", "Hash"));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> StoredRowsAsync(LegalAidDbContext db, string sql, params string[] except)
    {
        var rows = new List<string>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Where(i => !Keys.Contains(reader.GetName(i)) && !except.Contains(reader.GetName(i)))
                .Select(i => $"{reader.GetName(i)}={Stored(reader.GetValue(i))}");
            rows.Add(sql.Split(' ')[3] + ": " + string.Join("; ", columns));
        }

        return rows;
    }

    /// <summary>A stored value with its storage class, so that the text "1" and the integer 1 differ.</summary>
    private static string Stored(object value) => value switch
    {
        byte[] bytes => "blob " + Convert.ToHexString(bytes),
        DBNull => "null",
        _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };

    /// <summary>The entries as they read without the records' own keys, in a stable order.</summary>
    private static List<string> Described(IEnumerable<AuditEntry> entries) =>
        [.. entries.Select(e =>
        {
            var changes = JsonNode.Parse(e.Changes!)!.AsObject();
            var fields = changes.Where(c => !Keys.Contains(c.Key)).Select(c => $"{c.Key}={c.Value!.ToJsonString(JsonSerializerOptions.Default)}");
            return $"{e.Action} {e.EntityType} centre {e.CentreId} by {e.UserName}, sealed: {e.Sealed is not null}: {string.Join(", ", fields)}";
        }).Order(StringComparer.Ordinal)];
}
