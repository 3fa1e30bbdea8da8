using LegalAid.Domain.Reports;

namespace LegalAid.Domain.Tests;

public sealed class ReportScopeTests
{
    private const string All = "MOW, KZN, CHE";

    [Theory]
    [InlineData("2026-04-01", "2026-06-30", All, false)] // the next quarter: its period before is Q1 itself
    [InlineData("2026-01-01", "2026-03-31", "KZN, MOW, CHE", false)] // the same, centres in another order
    [InlineData("2026-07-01", "2026-09-30", "CHE", false)] // apart in period and in its period before
    [InlineData("2026-01-01", "2026-06-30", All, true)] // the half-year holds Q1
    [InlineData("2026-07-01", "2026-12-31", All, true)] // H2's period before is H1, which holds Q1
    [InlineData("2026-04-01", "2026-06-30", "MOW", true)] // Moscow's Q1, shown as Q2's period before, is part of all centres' Q1
    [InlineData("2026-01-01", "2026-03-31", "MOW", true)]
    public void AScopeBesideAllCentresFirstQuarter_CanBeSubtractedFromIt_OnlyWhenTheyOverlapWithoutMatching(string from, string to, string centres, bool overlaps)
    {
        var firstQuarter = new ReportScope(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), All);
        var other = new ReportScope(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), centres);

        Assert.Equal(overlaps, firstQuarter.OverlapWithoutMatching(other) is not null);
        Assert.Equal(overlaps, other.OverlapWithoutMatching(firstQuarter) is not null);
    }

    [Fact]
    public void TheOverlap_SaysWhichPeriodOfEachReportItIsIn()
    {
        var firstQuarter = new ReportScope(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), All);
        var secondHalf = new ReportScope(new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), All);

        var (mine, theirs) = secondHalf.OverlapWithoutMatching(firstQuarter)!.Value;

        Assert.Equal(new ShownPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), IsComparison: true), mine);
        Assert.Equal(new ShownPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), IsComparison: false), theirs);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")]
    [InlineData("2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")]
    [InlineData("2026-03-10", "2026-03-19", "2026-02-28", "2026-03-09")]
    public void ThePeriodBefore_IsAsManyWholeMonthsOrAsManyDays(string from, string to, string beforeFrom, string beforeTo)
    {
        static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal((Day(beforeFrom), Day(beforeTo)), ReportScope.Before(Day(from), Day(to)));
    }
}
