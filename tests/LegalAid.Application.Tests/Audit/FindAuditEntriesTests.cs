using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Audit;

public sealed class FindAuditEntriesTests : ApplicationTest
{
    /// <summary>Everything of the person the trail could have copied: names in both scripts, contacts, birth date, texts, search terms.</summary>
    private static readonly string[] Personal =
        ["Үсөнбаев", "Үсөнбаева", "Нурлан", "Өмүрбекович", "Usonbaev", "nurlan_u", "+79161234567", "916 123", "1990-05-17", "17.05.1990", "Ош облусу", "зарплата", "претензия", "нурлан"];

    private int clientId;
    private int caseId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await App.SendAsync(Requests.RegisterClient());
        caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(UpdateClient.From(await App.SendAsync(new GetClient(clientId))) with { FamilyName = "Үсөнбаева" });
        await App.SendAsync(new FindClients(Query: "нурлан"));
    }

    [Fact]
    public async Task AnAdministrator_SeesWhoDidWhatAndWhen_NeverAPersonalValue()
    {
        App.ActAs(Roles.Administrator, null);

        var trail = await App.SendAsync(new FindAuditEntries(PageSize: 100));

        var shown = JsonSerializer.Serialize(trail);
        Assert.All(Personal, value => Assert.DoesNotContain(value, shown, StringComparison.OrdinalIgnoreCase));
        var update = trail.Entries.Items.Single(e => e is { Action: AuditAction.Updated, EntityType: "Client" });
        Assert.Equal(("lawyer.1@test", PersonalValuesState.Hidden), (update.UserName, update.PersonalValues));
        Assert.Equal(new AuditChangeItem("FamilyName", null, null, IsPersonal: true), Assert.Single(update.Changes));
    }

    [Fact]
    public async Task APersonalFieldLeftEmpty_ReadsAsEmpty_NotAsWithheld()
    {
        App.ActAs(Roles.Administrator, null);

        var trail = await App.SendAsync(new FindAuditEntries(EntityType: "Consultation", Action: AuditAction.Created));

        var created = Assert.Single(trail.Entries.Items);
        Assert.Equal(new AuditChangeItem("Summary", null, null, IsPersonal: true), created.Changes.Single(c => c.Field == "Summary"));
        Assert.Equal(new AuditChangeItem("VoidReason", null, null, IsPersonal: false), created.Changes.Single(c => c.Field == "VoidReason"));
    }

    [Fact]
    public async Task ACoordinator_SeesTheValuesOfTheirOwnCentresClients()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var trail = await App.SendAsync(new FindAuditEntries(PageSize: 100));

        var update = trail.Entries.Items.Single(e => e is { Action: AuditAction.Updated, EntityType: "Client" });
        Assert.Equal(PersonalValuesState.Shown, update.PersonalValues);
        Assert.Equal(new AuditChangeItem("FamilyName", "Үсөнбаев", "Үсөнбаева", IsPersonal: true), Assert.Single(update.Changes));
        var search = trail.Entries.Items.Single(e => e.Action == AuditAction.Searched);
        Assert.StartsWith("query=нурлан; dateOfBirth=; phone=", search.Details, StringComparison.Ordinal);
        var consultation = trail.Entries.Items.Single(e => e is { Action: AuditAction.Created, EntityType: "Consultation" });
        Assert.Equal(Requests.LogConsultation(caseId).Summary, consultation.Changes.Single(c => c.Field == "Summary").After);
    }

    [Fact]
    public async Task ACoordinatorOfAnotherCentre_SeesNoneOfIt()
    {
        App.ActAs(Roles.Coordinator, TestApp.Kazan);

        var trail = await App.SendAsync(new FindAuditEntries(PageSize: 100));

        Assert.DoesNotContain(trail.Entries.Items, e => e.EntityType is "Client" or "Case" or "Consultation");
    }

    [Fact]
    public async Task OnceTheClientIsErased_TheirValuesAreGoneForTheCoordinatorToo()
    {
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new EraseClient { ClientId = clientId, Reason = "Заявление клиента от 14.03.2026", Confirmed = true });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var trail = await App.SendAsync(new FindAuditEntries(PageSize: 100));

        var update = trail.Entries.Items.Single(e => e is { Action: AuditAction.Updated, EntityType: "Client" });
        Assert.Equal(PersonalValuesState.Erased, update.PersonalValues);
        Assert.All(Personal, value => Assert.DoesNotContain(value, JsonSerializer.Serialize(trail), StringComparison.OrdinalIgnoreCase));
        var erasure = trail.Entries.Items.Single(e => e.Action == AuditAction.Erased);
        Assert.Equal(("administrator.@test", clientId.ToString(CultureInfo.InvariantCulture), "reason=Заявление клиента от 14.03.2026"), (erasure.UserName, erasure.EntityId, erasure.Details));
    }

    [Fact]
    public async Task ACreatedRecord_ShowsItsRealId()
    {
        App.ActAs(Roles.Administrator, null);

        var trail = await App.SendAsync(new FindAuditEntries(EntityType: "Case", Action: AuditAction.Created));

        var created = Assert.Single(trail.Entries.Items);
        Assert.Equal(caseId.ToString(CultureInfo.InvariantCulture), created.EntityId);
        Assert.Equal(caseId.ToString(CultureInfo.InvariantCulture), created.Changes.Single(c => c.Field == "Id").After);
    }

    [Fact]
    public async Task ACasesEntries_TakeInThoseOfTheRecordsKeptUnderIt_AndNoOtherCases()
    {
        var deadlineId = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today.AddDays(3) });
        var key = caseId.ToString(CultureInfo.InvariantCulture);
        var otherCaseId = caseId;
        while (otherCaseId == caseId || !otherCaseId.ToString(CultureInfo.InvariantCulture).StartsWith(key, StringComparison.Ordinal))
        {
            otherCaseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        }

        var other = otherCaseId.ToString(CultureInfo.InvariantCulture);
        var otherConsultation = (await App.SendAsync(Requests.LogConsultation(otherCaseId))).ToString(CultureInfo.InvariantCulture);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var trail = await App.SendAsync(new FindAuditEntries(EntityType: "Case", EntityId: key, PageSize: 100));

        var about = trail.Entries.Items.Select(e => (e.EntityType, e.Action)).ToHashSet();
        Assert.Superset(new HashSet<(string, AuditAction)> { ("Case", AuditAction.Created), ("Consultation", AuditAction.Created), ("CaseStatusChange", AuditAction.Created) }, about);
        Assert.Contains(trail.Entries.Items, e => e.EntityType == "Deadline" && e.EntityId == deadlineId.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(trail.Entries.Items, e => e.EntityType == "ConsultationCategory");
        var category = trail.Entries.Items.Single(e => e.EntityType == "CaseCategory" && e.EntityId!.StartsWith(key + "/", StringComparison.Ordinal));
        var number = trail.Entries.Items.Single(e => e is { EntityType: "Case", Action: AuditAction.Created }).EntityName;
        Assert.Matches($"^{number} · [^0-9]+$", category.EntityName);
        var byNumberAlone = await App.SendAsync(new FindAuditEntries(EntityId: number!.ToLowerInvariant(), PageSize: 100));
        Assert.Equal(trail.Entries.Items.Select(e => e.Id), byNumberAlone.Entries.Items.Select(e => e.Id));
        Assert.DoesNotContain(trail.Entries.Items, e => (e.EntityType, e.EntityId) == ("Case", other) || (e.EntityType, e.EntityId) == ("Consultation", otherConsultation));
        Assert.DoesNotContain(trail.Entries.Items, e => e.EntityType == "CaseCategory" && e.EntityId!.StartsWith(other + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheClientsOwnFieldsStaySealed_EvenEmpty_ForHavingNoPhoneSaysSomethingAboutSomeone()
    {
        var withoutPhone = await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Абдыкадыров", Phone = null });
        await App.SendAsync(UpdateClient.From(await App.SendAsync(new GetClient(withoutPhone))) with { MessengerContact = null });
        App.ActAs(Roles.Administrator, null);

        var trail = await App.SendAsync(new FindAuditEntries(EntityType: "Client", EntityId: withoutPhone.ToString(CultureInfo.InvariantCulture)));

        var created = trail.Entries.Items.Single(e => e.Action == AuditAction.Created);
        var updated = trail.Entries.Items.Single(e => e.Action == AuditAction.Updated);
        Assert.Equal(new AuditChangeItem("Phone", null, null, IsPersonal: true), created.Changes.Single(c => c.Field == "Phone"));
        Assert.Equal(new AuditChangeItem("MessengerContact", null, null, IsPersonal: true), Assert.Single(updated.Changes));
        Assert.Equal(PersonalValuesState.Hidden, updated.PersonalValues);
    }

    [Fact]
    public async Task Times_AreReadOnTheReadersCentreClock_NamedInEachLanguage_AndTheDaysFilterThere()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 22, 30, 0, TimeSpan.Zero));
        await App.SendAsync(new GetClient(clientId));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var onThe15th = await App.SendAsync(new FindAuditEntries(Action: AuditAction.Viewed, EntityType: "Client", To: new DateOnly(2026, 3, 15)));
        var fromThe16th = await App.SendAsync(new FindAuditEntries(Action: AuditAction.Viewed, EntityType: "Client", From: new DateOnly(2026, 3, 16)));

        Assert.Equal(new DateTime(2026, 3, 15, 12, 0, 0), Assert.Single(onThe15th.Entries.Items).OccurredAt);
        Assert.Equal(new DateTime(2026, 3, 16, 1, 30, 0), Assert.Single(fromThe16th.Entries.Items).OccurredAt);
        Assert.Equal(("Центр поддержки мигрантов — Москва", TestApp.CentreNamesInEnglish["MOW"]), (onThe15th.TimesAt.Ru, onThe15th.TimesAt.En));
    }

    [Fact]
    public async Task AnEntityTypeThatIsNotOnTheList_IsRefused()
    {
        App.ActAs(Roles.Administrator, null);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new FindAuditEntries(EntityType: "client'); --")));

        Assert.Equal("EntityType", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task EveryEntityTypeTheTrailWrites_IsOnTheList()
    {
        var written = await App.InDatabaseAsync(db => db.AuditEntries.Select(e => e.EntityType).Distinct().ToListAsync());

        Assert.Empty(written.Except(AuditEntityTypes.All));
    }

    [Fact]
    public async Task EveryKindOfRecordTheTrailNames_IsOnTheList_WithAName()
    {
        var changed = await App.InDatabaseAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => !ChangeAudit.NotAudited.Contains(t)).Select(ChangeAudit.EntityName).ToList()));
        var viewed = typeof(IAuditedRequest).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsAssignableTo(typeof(IAuditedRequest)))
            .Select(t => ((IAuditedRequest)RuntimeHelpers.GetUninitializedObject(t)).AuditEntityType);

        var unlisted = changed.Concat(viewed).Except(AuditEntityTypes.All).ToList();
        var unnamed = AuditEntityTypes.All.Where(type => Labels.ResourceManager.GetString($"AuditEntity.{type}", CultureInfo.InvariantCulture) is null).ToList();

        Assert.Empty(unlisted);
        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task TheUserFilter_MatchesWhateverCaseItIsTypedIn()
    {
        App.ActAs(Roles.Administrator, null);

        var typed = await App.SendAsync(new FindAuditEntries(User: "LAWYER.1@Test", PageSize: 100));

        Assert.NotEmpty(typed.Entries.Items);
        Assert.All(typed.Entries.Items, entry => Assert.Equal("lawyer.1@test", entry.UserName));
    }

    [Theory]
    [InlineData("lawyer_1")]
    [InlineData("lawyer%1")]
    [InlineData("[l]awyer")]
    public async Task TheUserFilter_TakesWildcardsAsTheCharactersTyped(string typed)
    {
        App.ActAs(Roles.Administrator, null);

        var found = await App.SendAsync(new FindAuditEntries(User: typed, PageSize: 100));

        Assert.Empty(found.Entries.Items);
    }

    [Fact]
    public async Task ReadingTheTrail_IsAudited_WithItsFilters()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await App.SendAsync(new FindAuditEntries(User: "lawyer", EntityType: "Client", From: new DateOnly(2026, 3, 1)));

        var read = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Viewed && e.EntityType == "AuditEntry"));
        Assert.Equal("""{"User":"lawyer","EntityType":"Client","From":"2026-03-01"}""", read.Details);
    }
}
