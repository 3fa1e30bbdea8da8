using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.CancelTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Tests.Transfers;

public sealed class CancelTransferTests : TransferTest
{
    [Fact]
    public async Task TheRequester_WithdrawsTheirRequest_AndMoscowCannot()
    {
        var requestId = await RequestFromMoscowAsync();
        ActAsCoordinatorOf(Moscow);
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new CancelTransfer { Id = requestId, Version = 0 }));

        App.ActAsLawyerOf(Kazan);
        await App.SendAsync(new CancelTransfer { Id = requestId, Version = 0, Reason = "Клиент нашёл документы." });

        Assert.Equal(TransferStatus.Cancelled, (await App.SendAsync(new GetTransfer(requestId))).Status);
    }

    [Fact]
    public async Task Moscow_WithdrawsAProposal_AfterWhichItCannotBeAccepted()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);

        await App.SendAsync(new CancelTransfer { Id = transferId, Version = 0 });

        ActAsCoordinatorOf(Kazan);
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new AcceptTransfer { Id = transferId, Version = 1, AssignedLawyerId = App.LawyerOf[Kazan] }));
    }

    [Fact]
    public async Task AnotherCentre_DoesNotSeeTheTransferAtAll()
    {
        var requestId = await RequestFromMoscowAsync();
        App.ActAs(LegalAid.Application.Common.Security.Roles.Coordinator, TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new CancelTransfer { Id = requestId, Version = 0 }));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetTransfer(requestId)));
    }
}
