using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.ListReportPeriods;

namespace LegalAid.Application.Tests.Reports;

public sealed class ListReportPeriodsTests : ApplicationTest
{
    [Fact]
    public async Task TheQuartersHalvesAndYearsEndedByToday_NewestFirst()
    {
        App.ActAs(Roles.ProgrammeStaff, centre: null);

        var periods = await App.SendAsync(new ListReportPeriods());

        Assert.Equal(["2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1", "2025-H2", "2025-H1", "2025", "2024"], periods.Select(p => p.Key));
        Assert.Equal(("Quarter", 2025, 4, new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (periods[0].Kind, periods[0].Year, periods[0].Number, periods[0].From, periods[0].To));
        Assert.Equal(("Half", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (periods[5].Kind, periods[5].From, periods[5].To));
    }

    [Fact]
    public async Task AQuarter_EndsAtMidnightAtTheProgrammesFirstCentre()
    {
        App.ActAs(Roles.ProgrammeStaff, centre: null);

        // 31 March 23:30 UTC is already 1 April in Moscow.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero));

        Assert.Equal("2026-Q1", (await App.SendAsync(new ListReportPeriods()))[0].Key);
    }

    [Theory]
    [InlineData(Roles.Donor)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyProgrammeStaff_GetThePeriods(string role)
    {
        App.ActAs(role, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ListReportPeriods()));
    }
}
