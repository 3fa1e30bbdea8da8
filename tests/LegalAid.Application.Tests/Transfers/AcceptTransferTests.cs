using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Transfers;

public sealed class AcceptTransferTests : TransferTest
{
    [Fact]
    public async Task NothingMoves_UntilKazanAccepts_ThenKazanSeesTheClientAndCase_AndMoscowGetsNotFound()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);

        App.ActAsLawyerOf(Kazan);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(clientId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(open[0])));
        App.ActAsLawyerOf(Moscow);
        Assert.Equal(clientId, (await App.SendAsync(new GetClient(clientId))).Id);

        await AcceptInKazanAsync(transferId, version: 0);

        App.ActAsLawyerOf(Kazan);
        var client = await App.SendAsync(new GetClient(clientId));
        var moved = await App.SendAsync(new GetCase(open[0]));
        Assert.Equal(TestApp.Kazan, client.CentreId);
        Assert.Equal(TestApp.Moscow, client.RegisteringCentreId);
        Assert.StartsWith("MOW-", moved.Number, StringComparison.Ordinal);
        Assert.Equal(App.LawyerOf[Kazan], moved.AssignedLawyerId);
        Assert.Single(moved.Consultations);
        App.ActAsLawyerOf(Moscow);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(clientId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(open[0])));
    }

    [Fact]
    public async Task ClosedCasesAndCasesNotChosen_StayWithMoscow_WhichStillReadsTheClientThroughThem()
    {
        var (clientId, open, closed) = await MoscowClientAsync(open: 2, closed: 1);
        var transferId = await ProposeToKazanAsync(clientId, [open[0]]);

        await AcceptInKazanAsync(transferId, version: 0);

        App.ActAsLawyerOf(Kazan);
        Assert.Equal([open[0]], (await App.SendAsync(new GetClient(clientId))).Cases.Select(c => c.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(closed[0])));
        App.ActAsLawyerOf(Moscow);
        Assert.Equal([open[1], closed[0]], (await App.SendAsync(new GetClient(clientId))).Cases.Select(c => c.Id).Order());
        Assert.Equal(TestApp.Moscow, (await App.SendAsync(new GetCase(closed[0]))).CentreId);
    }

    [Fact]
    public async Task TheCentreLeftBehind_NeitherEditsTheClientNorOpensACaseForThem()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2);
        await AcceptInKazanAsync(await ProposeToKazanAsync(clientId, [open[0]]), version: 0);
        App.ActAsLawyerOf(Moscow);
        var client = await App.SendAsync(new GetClient(clientId));

        var edit = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(UpdateClient.From(client) with { Phone = "+7 999 111-22-33" }));
        var opening = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(clientId)));

        Assert.Equal(Messages.ClientHeldElsewhere, Assert.Single(edit.Errors["Id"]));
        Assert.Equal(Messages.ClientHeldElsewhere, Assert.Single(opening.Errors["ClientId"]));
    }

    [Fact]
    public async Task TheCentreLeftBehind_StillRecordsAWithdrawalOfConsent()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2);
        await AcceptInKazanAsync(await ProposeToKazanAsync(clientId, [open[0]]), version: 0);
        App.ActAsLawyerOf(Moscow);

        await App.SendAsync(new WithdrawConsent { Id = clientId, Version = (await App.SendAsync(new GetClient(clientId))).Version });

        App.ActAsLawyerOf(Kazan);
        Assert.Equal(App.Today, (await App.SendAsync(new GetClient(clientId))).ConsentWithdrawnOn);
    }

    [Fact]
    public async Task Consultations_StayCountedForTheCentreThatHeldThem()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2);
        var transferId = await ProposeToKazanAsync(clientId, [open[0]]);
        await AcceptInKazanAsync(transferId, version: 0);
        App.ActAsLawyerOf(Kazan);
        await App.SendAsync(Requests.LogConsultation(open[0]) with { HeldAt = new DateTime(2026, 3, 15, 11, 0, 0), FollowUpOn = null });

        App.ActAs(Roles.ProgrammeStaff, null);
        var moscow = await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Centre: [TestApp.Moscow]));
        var kazan = await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Centre: [TestApp.Kazan]));
        ActAsCoordinatorOf(Moscow);
        var moscowOwn = await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        ActAsCoordinatorOf(Kazan);
        var kazanOwn = await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

        Assert.Equal((2, 1), (moscow.Current.Consultations, kazan.Current.Consultations));
        Assert.Equal((2, 1), (moscowOwn.Current.Consultations, kazanOwn.Current.Consultations));
    }

    [Fact]
    public async Task BothCentresAudits_RecordTheAcceptance_TheSendingOneWithTheMovedCasesNumbers()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);

        await AcceptInKazanAsync(transferId, version: 0);

        var rows = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ClientTransfer) && e.EntityId == transferId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Contains(rows, r => r.CentreId == TestApp.Kazan && r.Changes != null && r.Changes.Contains("Accepted", StringComparison.Ordinal));
        var number = await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Where(c => c.Id == open[0]).Select(c => c.Number).SingleAsync());
        Assert.Contains(rows, r => r.CentreId == TestApp.Moscow && r.Details == $"status=Accepted; client={clientId}; cases={number}");
        Assert.Contains(rows, r => r.CentreId == TestApp.Kazan && r.Details == "status=Proposed; cases=1");
    }

    [Fact]
    public async Task AcceptingWithNoLawyerChosen_IsRefused_NamingTheFieldAsTheFormDoes()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);
        ActAsCoordinatorOf(Kazan);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new AcceptTransfer { Id = transferId, Version = 0 }));

        Assert.Equal(["Заполните поле «Юрист, который примет дела»."], refused.Errors[nameof(AcceptTransfer.AssignedLawyerId)]);
    }

    [Fact]
    public async Task OnlyKazansCoordinator_Accepts_AndAStaleVersionIsAConflict()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);

        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new AcceptTransfer { Id = transferId, Version = 0, AssignedLawyerId = App.LawyerOf[Moscow] }));
        App.ActAsLawyerOf(Kazan);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            App.SendAsync(new AcceptTransfer { Id = transferId, Version = 0, AssignedLawyerId = App.LawyerOf[Kazan] }));
        ActAsCoordinatorOf(Kazan);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            App.SendAsync(new AcceptTransfer { Id = transferId, Version = 7, AssignedLawyerId = App.LawyerOf[Kazan] }));
        var lawyerElsewhere = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new AcceptTransfer { Id = transferId, Version = 0, AssignedLawyerId = App.LawyerOf[Moscow] }));
        Assert.Contains(nameof(AcceptTransfer.AssignedLawyerId), lawyerElsewhere.Errors.Keys);
    }

    [Fact]
    public async Task ACaseClosedWhileTheTransferWaited_StaysWithMoscow_AndTheClientAndTheOpenCaseMove()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2);
        var transferId = await ProposeToKazanAsync(clientId, open);
        App.ActAsLawyerOf(Moscow);
        var version = (await App.SendAsync(new GetCase(open[0]))).Version;
        await App.SendAsync(new LegalAid.Application.Cases.CloseCase.CloseCase { Id = open[0], Version = version, Outcome = Domain.Cases.CaseOutcome.AdviceOnly, ClosedOn = App.Today });

        await AcceptInKazanAsync(transferId, version: 0);

        var centres = await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Where(c => open.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CentreId));
        Assert.Equal((TestApp.Moscow, TestApp.Kazan), (centres[open[0]], centres[open[1]]));
        Assert.Equal(TestApp.Kazan, await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().Where(c => c.Id == clientId).Select(c => c.CentreId).SingleAsync()));
        var transfer = await App.SendAsync(new GetTransfer(transferId));
        Assert.Equal((1, open[1]), (transfer.CaseCount, Assert.Single(transfer.Cases).Id));
    }
}
