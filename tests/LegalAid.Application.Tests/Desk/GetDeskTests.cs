using LegalAid.Application.Desk.GetDesk;

namespace LegalAid.Application.Tests.Desk;

public sealed class GetDeskTests : ApplicationTest
{
    [Fact]
    public async Task AFollowUp_IsDueUntilALaterConsultation()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = App.Today.AddDays(2) });
        Assert.Single((await App.SendAsync(new GetDesk())).Due, d => d.IsFollowUp);

        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 14, 10, 0, 0), FollowUpOn = null });

        var desk = await App.SendAsync(new GetDesk());
        Assert.DoesNotContain(desk.Due, d => d.IsFollowUp);
        Assert.Equal(2, desk.RecentConsultations.Count);
        Assert.Single(desk.OpenCases);
    }
}
