using LegalAid.Application.Transfers.ListTransfers;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Tests.Transfers;

public sealed class ListTransfersTests : TransferTest
{
    [Fact]
    public async Task ACoordinator_SeesTransfersBothWays_ThoseWaitingForThemFirst_AndALawyerOnlyTheirRequests()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var requestId = await RequestFromMoscowAsync();
        var proposalId = await ProposeToKazanAsync(clientId, open);

        var moscow = await App.SendAsync(new ListTransfers());
        ActAsCoordinatorOf(Kazan);
        var kazan = await App.SendAsync(new ListTransfers());
        App.ActAsLawyerOf(Moscow);
        var moscowLawyer = await App.SendAsync(new ListTransfers());

        Assert.Equal([(requestId, true, false), (proposalId, false, false)], moscow.Transfers.Items.Select(t => (t.Id, t.AwaitsMe, t.IsIncoming)));
        Assert.Equal("Үсөнбаев Нурлан", moscow.Transfers.Items[1].ClientName);
        Assert.Equal([(proposalId, true, true), (requestId, false, true)], kazan.Transfers.Items.Select(t => (t.Id, t.AwaitsMe, t.IsIncoming)));
        Assert.Equal((1, 1), (moscow.AwaitingMe, kazan.AwaitingMe));
        Assert.Equal([TransferStatus.Proposed, TransferStatus.Requested], kazan.Transfers.Items.Select(t => t.Status));
        Assert.Empty(moscowLawyer.Transfers.Items);
    }
}
