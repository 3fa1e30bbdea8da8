using System.Text.Json;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.Engine.Packs;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Application.Tests.Imports;
using LegalAid.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Statistics.Engine;

/// <summary>
/// The facts read through the persisted packs against the same facts read straight from the records
/// (<see cref="DirectFactsLoader"/>), for readers of every centre and of each centre, after every kind of change a pack
/// can go stale by: each comparison follows a read that stored the packs, so a pack a change failed to invalidate shows.
/// </summary>
public sealed class StatisticsPacksTests : ApplicationTest
{
    private static readonly (DateOnly Start, DateOnly End)[] Windows = [(new(2025, 1, 1), new(2026, 12, 31)), (new(2024, 3, 1), new(2025, 2, 28))];

    [Fact]
    public async Task ReadsThroughThePacks_EqualTheRecords_AfterEveryKindOfChange()
    {
        await App.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(), CancellationToken.None));
        await AssertPacksEqualRecordsAsync("demo data");

        App.ActAsLawyerOf(TestApp.Moscow);
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId) with { OpenedOn = new DateOnly(2026, 1, 20) })).Id;
        var consultationId = await App.SendAsync(Requests.LogConsultation(caseId));
        await AssertPacksEqualRecordsAsync("logged");

        // An import inserts its records in bulk, past the change tracker.
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var imported = ImportFile.Row(family: "Пакетова", given: "Жаңыл", date: "05.03.2026");
        imported[ImportField.Sex] = "Ж";
        imported[ImportField.Phone] = "+7 999 000-11-22";
        var importId = await App.SendAsync(new UploadImport("клиенты.csv", ImportFile.Utf8([imported])));
        await App.SendAsync(new CheckImport(importId));
        Assert.Equal(1, (await App.SendAsync(new RunImport(importId, SkipRejected: false))).NewClients);
        await AssertPacksEqualRecordsAsync("imported");

        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(new EditConsultation
        {
            CaseId = caseId, ConsultationId = consultationId, Version = 0, Channel = ConsultationChannel.Phone, DurationMinutes = 20,
            CategoryIds = [Requests.DocumentsAndPatent], Actions = [ConsultationActions.CourtRepresentation],
        });
        await AssertPacksEqualRecordsAsync("corrected");

        App.ActAsLawyerOf(TestApp.Moscow);
        var mistaken = await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 2, 10, 11, 0, 0), FollowUpOn = null });
        await AssertPacksEqualRecordsAsync("logged in another month");
        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = mistaken, Version = 0, Reason = "Записана не в то дело" });
        await AssertPacksEqualRecordsAsync("voided");

        App.ActAsLawyerOf(TestApp.Moscow);
        var partnerId = await App.InDatabaseAsync(db => db.PartnerOrganisations.Select(p => p.Id).FirstAsync());
        await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partnerId, ReferredOn = new DateOnly(2026, 3, 11) });
        await AssertPacksEqualRecordsAsync("referred");

        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(new CloseCase { Id = caseId, Version = await CaseVersionAsync(caseId), Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = App.Today, AmountRecovered = 50000m });
        await AssertPacksEqualRecordsAsync("closed");
        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(new ReopenCase { Id = caseId, Version = await CaseVersionAsync(caseId), ReopenedOn = App.Today, Note = "Работодатель не заплатил." });
        await AssertPacksEqualRecordsAsync("reopened");

        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await App.SendAsync(new GetClient(clientId));
        await App.SendAsync(UpdateClient.From(client) with { Sex = Domain.Clients.Sex.Female, DateOfBirth = new DateOnly(2009, 1, 5) });
        await AssertPacksEqualRecordsAsync("client corrected");

        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var transferId = await App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = TestApp.Kazan, CaseIds = [caseId], Note = "Переехал в Казань." });
        App.ActAs(Roles.Coordinator, TestApp.Kazan);
        await App.SendAsync(new AcceptTransfer { Id = transferId, Version = 0, AssignedLawyerId = App.LawyerOf[TestApp.Kazan] });
        await AssertPacksEqualRecordsAsync("transferred");

        App.Clock.Advance(TimeSpan.FromDays((5 * 365) + 9));
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new AnonymiseClients())).Clients > 0);
        await AssertPacksEqualRecordsAsync("anonymised");
    }

    [Fact]
    public async Task APackRebuiltFromRecordsReadBeforeAChange_IsNotKept()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var caseId = (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;
        var march = PackSegment.MonthOf(new DateOnly(2026, 3, 1));
        Task<IReadOnlyList<StoredPack>> ReadAsync() => App.InScopeAsync(services =>
            services.GetRequiredService<IStatisticsPackStore>().ReadAsync(PackKind.Consultations, [march.Number], CancellationToken.None));
        var before = (await ReadAsync()).Single();

        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IStatisticsPackStore>().StoreAsync(PackKind.Consultations, march.Number, before.Stamp, [PackWriter.Version], CancellationToken.None);
            return true;
        });
        var after = (await ReadAsync()).Single();

        Assert.Null(before.Data);
        Assert.Equal((before.Stamp + 1, (byte[]?)null), (after.Stamp, after.Data));
    }

    /// <summary>
    /// So that on SQL Server, a reader registering the pack meanwhile waits for the change to commit, instead of
    /// reading the records as they were before it under a stamp the change never grew (see <c>StatisticsPackStore</c>).
    /// </summary>
    [Fact]
    public async Task AChangeToAPackNobodyHasRead_RegistersItAlreadyInvalidated()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var caseId = (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;
        var march = PackSegment.MonthOf(new DateOnly(2026, 3, 1));
        Task<List<(int Stamp, bool Empty)>> StoredAsync() => App.InDatabaseAsync(db => db.StatisticsPacks.AsNoTracking()
            .Where(p => p.Kind == PackKind.Consultations && p.Number == march.Number).Select(p => ValueTuple.Create(p.Stamp, p.Data == null)).ToListAsync());
        var before = await StoredAsync();

        await App.SendAsync(Requests.LogConsultation(caseId));

        Assert.Empty(before);
        Assert.Equal([(1, true)], await StoredAsync());
    }

    /// <summary>Every window, for a reader of every centre and for each centre's coordinator.</summary>
    private async Task AssertPacksEqualRecordsAsync(string after)
    {
        foreach (var centre in new int?[] { null, TestApp.Moscow, TestApp.Kazan })
        {
            App.ActAs(centre is null ? Roles.ProgrammeStaff : Roles.Coordinator, centre);
            foreach (var (start, end) in Windows)
            {
                var (packed, direct) = await App.InScopeAsync(async services =>
                {
                    var (db, clock) = (services.GetRequiredService<IApplicationDbContext>(), services.GetRequiredService<TimeProvider>());
                    var fromPacks = await new StatisticsFactsLoader(db, services.GetRequiredService<IStatisticsPackStore>(), clock, centre).LoadAsync(start, end, CancellationToken.None);
                    var fromRecords = await new DirectFactsLoader(db, clock, centre).LoadAsync(start, end, CancellationToken.None);
                    return (Canonical(fromPacks), Canonical(fromRecords));
                });
                Assert.True(direct == packed, $"After '{after}', centre {centre?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"}, {start}–{end}: the packs differ from the records.");
            }
        }
    }

    private Task<int> CaseVersionAsync(int caseId) => App.SendAsync(new GetCase(caseId)).ContinueWith(c => c.Result.Version, TaskScheduler.Default);

    /// <summary>The facts in one order whatever order they were read in (the status changes of a case keep theirs).</summary>
    private static string Canonical(StatisticsFacts facts) => JsonSerializer.Serialize(new
    {
        Consultations = Enumerable.Range(0, facts.Consultations.Count).Select(i => Canonical(facts.Consultations, i)).Order(StringComparer.Ordinal),
        Clients = facts.Clients.OrderBy(c => c.Key).Select(c => c.Value),
        Cases = Enumerable.Range(0, facts.Cases.Count).Select(p => new
        {
            Case = facts.Cases.All[p],
            Categories = facts.Cases.CategoriesOf(p).ToArray().Order(),
            StatusChanges = facts.Cases.StatusChangesOf(p).ToArray(),
        }),
        FirstConsultation = facts.FirstConsultation.Select((Day, ClientId) => new { ClientId, Day }).Where(f => f.Day != default),
        SecondCaseOpenedOn = facts.SecondCaseOpenedOn.OrderBy(c => c.Key),
        Referrals = facts.Referrals.OrderBy(r => r.CaseId).ThenBy(r => r.ReferredOn).ThenBy(r => r.PartnerId).ThenBy(r => r.Result),
        CategoryNames = facts.CategoryNames.OrderBy(c => c.Key),
        CentreCodes = facts.CentreCodes.OrderBy(c => c.Key),
    });

    private static string Canonical(ConsultationColumns c, int i) => string.Join(
        ' ', c.HeldOn[i], c.CentreId[i], c.ClientId[i], c.CaseId[i], c.LawyerId[i], c.Channel[i], c.Actions[i], string.Join(',', c.CategoriesOf(i).ToArray().Order()));
}
