using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Retention.Common;
using LegalAid.Application.Retention.ListRetentionDue;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Clients;

public sealed class WithdrawConsentTests : ApplicationTest
{
    private int clientId;
    private int caseId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await App.SendAsync(Requests.RegisterClient() with { ConsentGivenOn = new DateOnly(2026, 3, 1) });
        caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
    }

    [Fact]
    public async Task AWithdrawal_FlagsTheClientWhereverTheyAreShown_AndIsAudited()
    {
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync(), ConsentWithdrawnOn = new DateOnly(2026, 3, 14) });

        Assert.Equal(new DateOnly(2026, 3, 14), (await App.SendAsync(new GetClient(clientId))).ConsentWithdrawnOn);
        Assert.Equal(new DateOnly(2026, 3, 14), Assert.Single((await App.SendAsync(new FindClients(Query: "Үсөнбаев"))).Clients.Items).ConsentWithdrawnOn);
        Assert.Equal(new DateOnly(2026, 3, 14), (await App.SendAsync(new GetCase(caseId))).ClientConsentWithdrawnOn);
        var entry = await App.InDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Id).LastAsync(e => e.Action == AuditAction.Updated && e.EntityType == "Client"));
        Assert.Contains("\"ConsentWithdrawnOn\":[null,\"2026-03-14\"]", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutADate_TheClientWithdrawsToday()
    {
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync() });

        Assert.Equal(App.Today, (await App.SendAsync(new GetClient(clientId))).ConsentWithdrawnOn);
    }

    [Fact]
    public async Task RetentionEndsAtOnce_EvenWithACaseOpen()
    {
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync() });
        App.ActAs(Roles.Administrator, null);

        var due = await App.SendAsync(new ListRetentionDue());

        var client = Assert.Single(due.Clients);
        Assert.Equal((clientId, RetentionReason.ConsentWithdrawn, 1), (client.ClientId, client.Reason, due.TotalDue));
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(client.RegisteredAtUtc, "Europe/Moscow")), client.RegisteredOn);
    }

    [Fact]
    public async Task NoNewCase_IsOpenedAfterAWithdrawal_UntilConsentIsRecordedAgain()
    {
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync(), ConsentWithdrawnOn = new DateOnly(2026, 3, 10) });

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(clientId)));
        await App.SendAsync(UpdateClient.From(await App.SendAsync(new GetClient(clientId))) with { ConsentGivenOn = new DateOnly(2026, 3, 12) });
        var opened = await App.SendAsync(Requests.OpenCase(clientId));

        Assert.Equal(Messages.ConsentWithdrawnNoCaseOpened, Assert.Single(refused.Errors["ClientId"]));
        Assert.Null((await App.SendAsync(new GetCase(opened.Id))).ClientConsentWithdrawnOn);
    }

    [Fact]
    public async Task AClosedCase_IsNotReopenedAfterAWithdrawal()
    {
        await App.SendAsync(new CloseCase { Id = caseId, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 3, 12) });
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync(), ConsentWithdrawnOn = new DateOnly(2026, 3, 14) });

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReopenCase { Id = caseId, Version = 1 }));

        Assert.Equal(Messages.ConsentWithdrawnNoCaseOpened, Assert.Single(refused.Errors[string.Empty]));
        Assert.Equal(CaseStatus.Closed, (await App.SendAsync(new GetCase(caseId))).Status);
    }

    [Theory]
    [InlineData("2026-02-28")]
    [InlineData("2026-03-16")]
    public async Task ADayBeforeConsentWasGivenOrInTheFuture_IsRefusedByTheDate(string day)
    {
        var version = await VersionAsync();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            new WithdrawConsent { Id = clientId, Version = version, ConsentWithdrawnOn = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Equal("ConsentWithdrawnOn", Assert.Single(refused.Errors.Keys));
        Assert.Null((await App.SendAsync(new GetClient(clientId))).ConsentWithdrawnOn);
    }

    [Theory]
    [InlineData("en", "Consent was given on 1 Mar 2026: it cannot be withdrawn before that day.")]
    [InlineData("ky", "Макулдук 01.03.2026 берилген: аны андан мурда кайтарып алууга болбойт.")]
    public async Task ADayBeforeConsentWasGiven_IsRefusedNamingTheDayItWasGiven(string language, string message)
    {
        var version = await VersionAsync();
        using var _ = ReportLanguage.Use(language);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            new WithdrawConsent { Id = clientId, Version = version, ConsentWithdrawnOn = new DateOnly(2026, 2, 28) }));

        Assert.Equal([message], refused.Errors["ConsentWithdrawnOn"]);
    }

    [Fact]
    public async Task WithdrawingTwice_IsRefused()
    {
        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = await VersionAsync(), ConsentWithdrawnOn = new DateOnly(2026, 3, 10) });

        var version = await VersionAsync();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new WithdrawConsent { Id = clientId, Version = version }));

        Assert.Equal("Клиент уже отозвал согласие.", Assert.Single(refused.Errors[string.Empty]));
        Assert.Equal(new DateOnly(2026, 3, 10), (await App.SendAsync(new GetClient(clientId))).ConsentWithdrawnOn);
    }

    [Fact]
    public async Task AStaleForm_IsAConflict()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new WithdrawConsent { Id = clientId, Version = 99 }));
    }

    [Fact]
    public async Task AnotherCentresLawyer_CannotReachTheClient()
    {
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new WithdrawConsent { Id = clientId, Version = 1 }));
    }

    private async Task<int> VersionAsync() => (await App.SendAsync(new GetClient(clientId))).Version;
}
