using System.Globalization;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Tests.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Retention;

public sealed class AnonymiseClientsTests : ApplicationTest
{
    /// <summary>Past the default retention of five years after the case closed on 2026-03-15.</summary>
    private static readonly TimeSpan FiveYearsAndAWeek = TimeSpan.FromDays((5 * 365) + 9);

    [Fact]
    public async Task AClientPastRetention_LeavesNoTraceInTheDatabaseFileItsLogOrTheDocuments_WhatIsCountedStays()
    {
        var person = await PersonOnFile.CreateAsync(App);
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
        App.Clock.Advance(FiveYearsAndAWeek);
        App.ActAs(Roles.Administrator, null);

        var done = await App.SendAsync(new AnonymiseClients());

        Assert.Equal(1, done.Clients);
        Assert.Empty(await PersonOnFile.TracesAsync(App));
        var client = await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == person.ClientId));
        Assert.Equal((string.Empty, string.Empty, null, null), (client.Name.FamilyName, client.Name.GivenName, client.Name.Patronymic, client.Name.LatinName));
        Assert.False(client.NameIsCyrillic, "Lists sort by the name's script, so the anonymised row must not keep it.");
        Assert.Equal((Domain.Clients.Sex.Female, (int?)1988, (DateOnly?)null, "KG"), (client.Sex, client.BirthYear, client.BirthDate, client.Citizenship));
        Assert.Equal((null, null, null), (client.Phone, client.MessengerContact, client.RegionOfOrigin));
        Assert.Equal(DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime), client.AnonymisedOn);
        Assert.Equal((1, 1, 0, 0), await App.InDatabaseAsync(async db => (
            await db.Cases.IgnoreQueryFilters().CountAsync(c => c.ClientId == person.ClientId && c.Summary == null),
            await db.Consultations.IgnoreQueryFilters().CountAsync(c => c.ClientId == person.ClientId && c.Summary == null),
            await db.Deadlines.IgnoreQueryFilters().CountAsync(d => d.CaseId == person.CaseId && d.Note != null),
            await db.CaseDocuments.IgnoreQueryFilters().CountAsync(d => d.CaseId == person.CaseId))));
        Assert.True(await App.InDatabaseAsync(db => db.Deadlines.IgnoreQueryFilters().AnyAsync(d => d.CaseId == person.CaseId)));
        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Anonymised));
        Assert.Equal(
            (person.ClientId.ToString(CultureInfo.InvariantCulture), TestApp.Moscow, "reason=RetentionPassed; years=5; lastCaseClosedOn=2026-03-15"),
            (entry.EntityId, entry.CentreId, entry.Details));
    }

    [Fact]
    public async Task TheStatistics_GiveTheSameFiguresBeforeAndAfter_ButTheAgeBands()
    {
        await App.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(), CancellationToken.None));
        App.Clock.Advance(FiveYearsAndAWeek);
        var (from, to) = (new DateOnly(2024, 3, 1), new DateOnly(2026, 2, 28));
        // Known and left: without the exact date of birth, a client's age is the age reached in the year, and some move
        // up an age band. The donor report's tables come from these figures, the age bands' among them.
        var before = await ProgrammeFigures.ReadAsync(App, from, to, StatisticsTables.ByAgeBand);

        App.ActAs(Roles.Administrator, null);
        var done = await App.SendAsync(new AnonymiseClients());
        var after = await ProgrammeFigures.ReadAsync(App, from, to, StatisticsTables.ByAgeBand);

        Assert.True(done.Clients > 300, $"only {done.Clients} demo clients were past retention");
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().CountAsync(c => c.AnonymisedOn != null && (c.BirthDate != null || c.Phone != null || c.Name.FamilyName != ""))));
        Assert.Equal(before.Statistics, after.Statistics);
    }

    [Fact]
    public async Task AClientWithAnOpenCaseOrACaseClosedWithinRetention_IsKept()
    {
        await PersonOnFile.CreateAsync(App);
        await OpenCaseAsync();
        App.Clock.Advance(TimeSpan.FromDays(4 * 365));
        App.ActAs(Roles.Administrator, null);

        var done = await App.SendAsync(new AnonymiseClients());

        Assert.Equal(0, done.Clients);
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
        Assert.False(await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().AnyAsync(c => c.AnonymisedOn != null)));
    }

    [Fact]
    public async Task AClientWhoWithdrewConsent_IsAnonymisedAtTheNextRun_EvenWithAnOpenCase()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.OpenCase(clientId));
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = (await App.SendAsync(new GetClient(clientId))).Version });
        App.ActAs(Roles.Administrator, null);

        var done = await App.SendAsync(new AnonymiseClients());

        Assert.Equal(1, done.Clients);
        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Anonymised));
        Assert.Equal("reason=ConsentWithdrawn; withdrawnOn=2026-03-15", entry.Details);
    }

    [Fact]
    public async Task AnAnonymisedClientsOpenCase_TakesNothingMore()
    {
        var caseId = await AnonymisedClientsOpenCaseAsync();
        var consultations = await App.InDatabaseAsync(db => db.Consultations.CountAsync());

        var logged = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.LogConsultation(caseId) with { Summary = "Төрөкулова Гүлнара, +7 999 111-22-33" }));
        var deadline = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 4, 2), Note = "Төрөкулова: суд" }));
        var document = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadDocument(caseId, "паспорт.pdf", Requests.Pdf)));

        Assert.All(new[] { logged, deadline, document }, refused => Assert.Equal(Messages.CaseOfAnonymisedClient, Assert.Single(refused.Errors[string.Empty])));
        Assert.Equal(consultations, await App.InDatabaseAsync(db => db.Consultations.CountAsync()));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Deadlines.CountAsync()));
    }

    [Fact]
    public async Task AnAnonymisedClientsOpenCase_StillCloses_ButWithoutANote()
    {
        var caseId = await AnonymisedClientsOpenCaseAsync();
        var close = new CloseCase { Id = caseId, Version = (await App.SendAsync(new GetCase(caseId))).Version, Outcome = CaseOutcome.ClientStoppedContact };

        var withNote = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(close with { Note = "Төрөкулова уехала в Бишкек" }));
        await App.SendAsync(close);

        Assert.Equal(Messages.CaseOfAnonymisedClient, Assert.Single(withNote.Errors[string.Empty]));
        Assert.Equal(CaseStatus.Closed, (await App.SendAsync(new GetCase(caseId))).Status);
    }

    [Fact]
    public async Task AnEditFormOpenedBeforehand_CannotWriteTheDataBack()
    {
        var person = await PersonOnFile.CreateAsync(App);
        var form = UpdateClient.From(await App.SendAsync(new GetClient(person.ClientId)));
        App.Clock.Advance(FiveYearsAndAWeek);
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new AnonymiseClients());
        App.ActAsLawyerOf(TestApp.Moscow);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(form));
        var anonymised = await App.SendAsync(new GetClient(person.ClientId));
        var again = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(UpdateClient.From(anonymised) with { FamilyName = "Жээнбекова", GivenName = "Айгүлүм" }));
        Assert.Empty(await PersonOnFile.TracesAsync(App));
        Assert.Contains(again.Errors.Values.SelectMany(m => m), m => m.Contains("обезличены", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACaseOfAnAnonymisedClient_IsNotReopened()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.Clock.Advance(FiveYearsAndAWeek);
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new AnonymiseClients());
        App.ActAsLawyerOf(TestApp.Moscow);
        var closed = await App.SendAsync(new GetCase(person.CaseId));

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReopenCase { Id = closed.Id, Version = closed.Version }));

        Assert.Equal(Messages.ClientAnonymised, Assert.Single(refused.Errors[string.Empty]));
        Assert.Equal(CaseStatus.Closed, (await App.SendAsync(new GetCase(person.CaseId))).Status);
    }

    [Fact]
    public async Task OnlyAnAdministrator_Anonymises()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new AnonymiseClients()));
    }

    /// <summary>A case of a client who withdrew consent and was then anonymised, with the Moscow lawyer acting.</summary>
    private async Task<int> AnonymisedClientsOpenCaseAsync()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = (await App.SendAsync(new GetClient(clientId))).Version });
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new AnonymiseClients());
        App.ActAsLawyerOf(TestApp.Moscow);
        return caseId;
    }
}
