using LegalAid.Application.Common.Reports;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class PercentChangeTests
{
    [Theory]
    [InlineData(110, 100, "+10%")]
    [InlineData(75, 100, "-25%")]
    [InlineData(100, 100, "0%")]
    [InlineData(5, 0, null)]
    public void TheChange_IsInWholePerCent_AndNoneAgainstZero(int now, int before, string? expected)
    {
        using var _ = ReportLanguage.Use("en");

        Assert.Equal(expected, PercentChange.Of(now, before));
    }
}
