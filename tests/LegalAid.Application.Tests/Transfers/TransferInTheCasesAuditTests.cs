using System.Globalization;
using LegalAid.Application.Audit.FindAuditEntries;

namespace LegalAid.Application.Tests.Transfers;

public sealed class TransferInTheCasesAuditTests : TransferTest
{
    [Fact]
    public async Task ACasesEntries_TakeInItsTransfer_NotAnotherCasesOfTheSameTransfer()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2);
        var transferId = await ProposeToKazanAsync(clientId, open);
        await AcceptInKazanAsync(transferId, version: 0);
        ActAsCoordinatorOf(Moscow);

        var trail = await App.SendAsync(new FindAuditEntries(EntityType: "Case", EntityId: open[0].ToString(CultureInfo.InvariantCulture), PageSize: 100));

        var transferred = trail.Entries.Items.Where(e => e.EntityType == "TransferredCase").Select(e => e.EntityId).Distinct();
        Assert.Equal([$"{transferId}/{open[0]}"], transferred);
    }
}
