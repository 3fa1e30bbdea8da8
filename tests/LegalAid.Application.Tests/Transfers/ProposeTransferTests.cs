using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Resources;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Transfers;

public sealed class ProposeTransferTests : TransferTest
{
    [Fact]
    public async Task AProposal_WaitsOnKazansDesk_AndMovesNothing()
    {
        var (clientId, open, _) = await MoscowClientAsync();

        await ProposeToKazanAsync(clientId, open);

        ActAsCoordinatorOf(Kazan);
        Assert.Equal(1, (await App.SendAsync(new GetDesk())).Counts.TransfersAwaitingMe);
        Assert.Equal(TestApp.Moscow, await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Where(c => c.Id == open[0]).Select(c => c.CentreId).SingleAsync()));
    }

    [Fact]
    public async Task AClosedCase_CannotGo_AndAClientIsOfferedOnlyOnceAtATime()
    {
        var (clientId, open, closed) = await MoscowClientAsync(open: 1, closed: 1);
        ActAsCoordinatorOf(Moscow);

        var closedRefused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = Kazan, CaseIds = closed }));
        await ProposeToKazanAsync(clientId, open);
        var twice = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = TestApp.Chelyabinsk, CaseIds = [] }));

        Assert.Contains("CaseIds", closedRefused.Errors.Keys);
        Assert.Contains(nameof(ProposeTransfer.ClientId), twice.Errors.Keys);
    }

    [Fact]
    public async Task AProposalNamingNoClient_IsRefusedForTheClient_NotAnsweredNotFound()
    {
        ActAsCoordinatorOf(Moscow);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ProposeTransfer { ToCentreId = Kazan }));

        Assert.Equal([Messages.UnknownClient], refused.Errors[nameof(ProposeTransfer.ClientId)]);
    }

    [Fact]
    public async Task AnotherClientsCase_CannotGo_AndTheRefusalSaysWhy()
    {
        var (clientId, _, _) = await MoscowClientAsync();
        var other = await App.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = "Исмаилова", GivenName = "Гүлнара", Patronymic = null, LatinName = null, Sex = Sex.Female, DateOfBirth = new DateOnly(1995, 2, 3), Phone = "+7 917 555-12-34",
        });
        int[] othersCases = [(await App.SendAsync(Requests.OpenCase(other))).Id];
        ActAsCoordinatorOf(Moscow);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = Kazan, CaseIds = othersCases }));

        Assert.Equal("Выберите дела этого клиента в вашем центре.", Assert.Single(refused.Errors["CaseIds"]));
    }

    [Fact]
    public async Task OnlyTheHoldingCentresCoordinator_Proposes()
    {
        var (clientId, open, _) = await MoscowClientAsync();

        App.ActAsLawyerOf(Moscow);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = Kazan, CaseIds = open }));
        ActAsCoordinatorOf(Kazan);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = TestApp.Chelyabinsk, CaseIds = open }));
        ActAsCoordinatorOf(Moscow);
        var toItself = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = Moscow, CaseIds = open }));
        Assert.Contains(nameof(ProposeTransfer.ToCentreId), toItself.Errors.Keys);
    }
}
