using LegalAid.Application.Common.Charts;
using LegalAid.Web.Statistics;

namespace LegalAid.Web.Tests.Statistics;

public sealed class SvgChartTests
{
    [Fact]
    public void AHiddenValue_IsADashedBoxWithItsEncodedMark()
    {
        var chart = new ChartModel("Citizenship", "Clients by citizenship", "Kyrgyzstan 127; Armenia <5", ChartKind.Bars, ["Kyrgyzstan", "Armenia"],
            [new ChartSeries("Clients", "#009E73", [127, 0], [null, "<5"])], HiddenNote: "hidden (<5 or x)");

        var svg = SvgChart.Render(chart).ToString()!;

        Assert.Equal(2, svg.Split("stroke-dasharray=\"3 2\"").Length - 1);
        Assert.Contains(">&lt;5</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">hidden (&lt;5 or x)</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<5", svg, StringComparison.Ordinal);
    }
}
