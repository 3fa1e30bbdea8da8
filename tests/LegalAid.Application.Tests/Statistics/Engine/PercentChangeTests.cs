using LegalAid.Application.Common.Reports;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class PercentChangeTests
{
    [Theory]
    [InlineData(110, 100, "+10%")]
    [InlineData(75, 100, "-25%")]
    [InlineData(100, 100, "0%")]
    [InlineData(998, 1000, "0%")]
    [InlineData(1002, 1000, "0%")]
    [InlineData(5, 0, null)]
    public void TheChange_IsInWholePerCent_AndNoneAgainstZero(int now, int before, string? expected)
    {
        using var _ = ReportLanguage.Use("en");

        Assert.Equal(expected, PercentChange.Of(now, before));
    }

    [Theory]
    [InlineData("ru", 9721, 100, "+", 96.21)]
    [InlineData("ru", 75, 100, "", -0.25)]
    [InlineData("ky", 110, 100, "+", 0.1)]
    public void TheChange_IsWrittenAsTheLanguageWritesAShare_WithItsSign(string language, int now, int before, string sign, double ratio)
    {
        using var _ = ReportLanguage.Use(language);

        var share = ((decimal)ratio).ToString("P0", System.Globalization.CultureInfo.CurrentCulture);

        Assert.Equal(sign + share, PercentChange.Of(now, before));
    }
}
