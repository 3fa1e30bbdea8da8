using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Transfers;

/// <summary>A deadline is on the desk of its case's lawyer while the case is open: it follows the case to another centre and lawyer, and leaves every desk while the case is closed.</summary>
public sealed class DeskFollowsTheCaseTests : TransferTest
{
    [Fact]
    public async Task AFollowUp_MovesWithItsCase_AndLeavesTheDeskWhileTheCaseIsClosed()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var caseId = open[0];
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = App.Today.AddDays(3) });
        var onMoscowDesk = await DueThisWeekAsync(Moscow);

        await AcceptInKazanAsync(await ProposeToKazanAsync(clientId, open), version: 0);
        var (moscowAfterMove, kazanAfterMove) = (await DueThisWeekAsync(Moscow), await DueThisWeekAsync(Kazan));
        await App.SendAsync(new CloseCase { Id = caseId, Version = await VersionAsync(caseId), Outcome = CaseOutcome.AdviceOnly, ClosedOn = App.Today });
        var kazanWhileClosed = await DueThisWeekAsync(Kazan);
        await App.SendAsync(new ReopenCase { Id = caseId, Version = await VersionAsync(caseId), ReopenedOn = App.Today });

        Assert.Equal((1, 0, 1, 0, 1), (onMoscowDesk, moscowAfterMove, kazanAfterMove, kazanWhileClosed, await DueThisWeekAsync(Kazan)));
    }

    private async Task<int> DueThisWeekAsync(int centre)
    {
        App.ActAsLawyerOf(centre);
        return (await App.SendAsync(new GetDesk())).Counts.DueThisWeek;
    }

    private async Task<int> VersionAsync(int caseId) => (await App.SendAsync(new GetCase(caseId))).Version;
}
