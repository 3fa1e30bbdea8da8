using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class GetCaseTests : ApplicationTest
{
    [Fact]
    public async Task TheCaseFile_IsReadOnTheCentresCalendarAndClock()
    {
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.AppealDeadline, DueOn = new DateOnly(2026, 3, 15) });
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 3, 16) });
        await App.SendAsync(Requests.LogConsultation(id) with { HeldAt = new DateTime(2026, 3, 10, 14, 30, 0), FollowUpOn = null });

        // 01:30:45 on the 16th in Chelyabinsk (UTC+5), still the 15th by the server's UTC clock.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 30, 45, TimeSpan.Zero));
        var @case = await App.SendAsync(new GetCase(id));

        Assert.Equal(new DateTime(2026, 3, 16, 1, 30, 0), @case.CentreNow);
        Assert.Equal(new DateOnly(2026, 3, 16), @case.CentreToday);
        Assert.Equal([(DeadlineType.AppealDeadline, true), (DeadlineType.CourtHearing, false)], @case.Deadlines.Select(d => (d.Type, d.IsOverdue)));
        Assert.Equal(new DateTime(2026, 3, 10, 14, 30, 0), Assert.Single(@case.Consultations).HeldAtLocal);
        Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", @case.ClientFullName);
    }

    [Fact]
    public async Task AnotherCentresCase_IsNotFound()
    {
        var id = await OpenCaseAsync();
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(id)));
    }
}
