using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Tests.Transfers;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

/// <summary>
/// A case list filtered at most by status takes its total from the counts kept with every change of a case; filtered by
/// anything more (here, an opening date every case is after), it counts the cases. The two agree through every change.
/// </summary>
public sealed class CaseCountsTests : TransferTest
{
    [Fact]
    public async Task TheKeptTotals_AgreeWithCountedOnes_ThroughOpeningClosingMovingAndReopening()
    {
        var (clientId, open, _) = await MoscowClientAsync(open: 2, closed: 1);
        await AcceptInKazanAsync(await ProposeToKazanAsync(clientId, [open[0]]), version: 0);
        App.ActAsLawyerOf(Kazan);
        await App.SendAsync(new CloseCase { Id = open[0], Version = await VersionAsync(open[0]), Outcome = CaseOutcome.AdviceOnly, ClosedOn = App.Today });
        await App.SendAsync(new ReopenCase { Id = open[0], Version = await VersionAsync(open[0]), ReopenedOn = App.Today });

        Assert.Equal((2, 1, 1), await TotalsAsync(Moscow));
        Assert.Equal((1, 1, 0), await TotalsAsync(Kazan));
    }

    /// <summary>All, open and closed cases of the centre, as its coordinator's lists give them; each kept total checked against a counted one.</summary>
    private async Task<(int All, int Open, int Closed)> TotalsAsync(int centre)
    {
        App.ActAs(Roles.Coordinator, centre);
        var totals = new List<int>();
        foreach (var status in new CaseStatus?[] { null, CaseStatus.Open, CaseStatus.Closed })
        {
            var kept = (await App.SendAsync(new ListCases(Status: status))).TotalCount;
            var counted = (await App.SendAsync(new ListCases(Status: status, OpenedFrom: new DateOnly(2020, 1, 1)))).TotalCount;
            Assert.Equal(counted, kept);
            totals.Add(kept);
        }

        return (totals[0], totals[1], totals[2]);
    }

    private async Task<int> VersionAsync(int caseId) => (await App.SendAsync(new GetCase(caseId))).Version;
}
