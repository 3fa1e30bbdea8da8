using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-02-01", "2026-02-28", "2026-01-01", "2026-01-31")]
    [InlineData("2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28")]
    [InlineData("2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")]
    [InlineData("2026-07-01", "2026-12-31", "2026-01-01", "2026-06-30")]
    [InlineData("2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31")]
    [InlineData("2026-03-10", "2026-03-19", "2026-02-28", "2026-03-09")]
    public void ThePeriodBefore_IsTheMonthQuarterOrYearBefore_OrAsManyDays(string from, string to, string beforeFrom, string beforeTo)
    {
        var period = new Period(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(
            new Period(DateOnly.Parse(beforeFrom, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(beforeTo, System.Globalization.CultureInfo.InvariantCulture)),
            period.Before());
    }
}
