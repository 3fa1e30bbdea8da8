using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;

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

    [Theory]
    [InlineData(TestApp.Chelyabinsk, true)]
    [InlineData(TestApp.Moscow, false)]
    public async Task ADeadline_IsOverdueOnceItsDayHasPassedAtTheCentre(int centre, bool overdue)
    {
        App.ActAsLawyerOf(centre);
        var caseId = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = new DateOnly(2026, 3, 15) });

        // 01:30 on the 16th in Chelyabinsk, 23:30 on the 15th in Moscow.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 30, 0, TimeSpan.Zero));
        var due = Assert.Single((await App.SendAsync(new GetDesk())).Due);

        Assert.Equal(overdue, due.IsOverdue);
    }
}
