using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Tests.Transfers;

public sealed class DeclineTransferTests : TransferTest
{
    [Fact]
    public async Task Kazan_DeclinesAProposal_WithAReason_AndTheClientStays()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await ProposeToKazanAsync(clientId, open);
        ActAsCoordinatorOf(Kazan);

        var noReason = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new DeclineTransfer { Id = transferId, Version = 0 }));
        await App.SendAsync(new DeclineTransfer { Id = transferId, Version = 0, Reason = "Нет юриста по трудовым спорам." });

        Assert.Contains(nameof(DeclineTransfer.Reason), noReason.Errors.Keys);
        var declined = await App.SendAsync(new GetTransfer(transferId));
        Assert.Equal((TransferStatus.Declined, "Нет юриста по трудовым спорам."), (declined.Status, declined.DecisionNote));
        Assert.Null(declined.ClientName);
    }

    [Fact]
    public async Task Moscow_DeclinesARequest_ButCannotDeclineItsOwnProposal()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var requestId = await RequestFromMoscowAsync();
        var proposalId = await ProposeToKazanAsync(clientId, open);

        await App.SendAsync(new DeclineTransfer { Id = requestId, Version = 0, Reason = "Такого клиента у нас нет." });
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new DeclineTransfer { Id = proposalId, Version = 0, Reason = "Передумали." }));

        Assert.Equal(TransferStatus.Declined, (await App.SendAsync(new GetTransfer(requestId))).Status);
    }
}
