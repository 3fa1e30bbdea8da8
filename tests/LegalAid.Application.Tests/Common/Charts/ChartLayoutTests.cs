using LegalAid.Application.Common.Charts;

namespace LegalAid.Application.Tests.Common.Charts;

public sealed class ChartLayoutTests
{
    [Fact]
    public void AHiddenColumn_IsADashedPlaceholderWithItsMark_NotAnEmptyBar()
    {
        // Chelyabinsk, a quarter: new clients "<5" in July, "x" in August.
        var chart = new ChartModel("Monthly", "By month", "By month", ChartKind.Columns, ["Jul 26", "Aug 26", "Sep 26"],
        [
            new ChartSeries("Consultations", "#0072B2", [34, 28, 55]),
            new ChartSeries("New clients", "#E69F00", [0, 0, 10], ["<5", "x", null]),
        ], HiddenNote: "hidden (<5 or x)");

        var drawing = ChartLayout.For(chart);

        var placeholders = drawing.Shapes.OfType<ChartPlaceholder>().ToList();
        Assert.Equal(3, placeholders.Count);
        Assert.Equal(4 + 2, drawing.Shapes.OfType<ChartRect>().Count());
        var texts = drawing.Shapes.OfType<ChartText>().ToList();
        foreach (var (mark, placeholder) in new[] { "<5", "x" }.Zip(placeholders))
        {
            Assert.Contains(texts, t => t.Text == mark && t.X > placeholder.X && t.X < placeholder.X + placeholder.Width && t.Y > placeholder.Y && t.Y <= placeholder.Y + placeholder.Height);
            Assert.True(placeholder.Height > 0 && placeholder.Width > 0);
        }

        Assert.Contains(texts, t => t.Text == "hidden (<5 or x)");
    }

    [Fact]
    public void AHiddenBar_CarriesItsMarkInsteadOfANumber()
    {
        var chart = new ChartModel("Outcomes", "Outcomes", "Outcomes", ChartKind.Bars, ["Resolved in the client's favour", "Referred elsewhere"],
            [new ChartSeries("Cases closed", "#D55E00", [32, 0], [null, "<5"])], HiddenNote: "hidden (<5 or x)");

        var drawing = ChartLayout.For(chart);

        Assert.Equal(2, drawing.Shapes.OfType<ChartPlaceholder>().Count());
        Assert.Contains(drawing.Shapes.OfType<ChartText>(), t => t.Text == "<5");
        Assert.Contains(drawing.Shapes.OfType<ChartText>(), t => t.Text == "32");
        Assert.DoesNotContain(drawing.Shapes.OfType<ChartText>(), t => t.Text == "0");
    }

    [Fact]
    public void AChartThatHidesNothing_HasNoPlaceholderAndNoNote()
    {
        var chart = new ChartModel("AgeBands", "Age", "Age", ChartKind.Bars, ["18–29", "30–44"], [new ChartSeries("Clients", "#CC79A7", [180, 95])], HiddenNote: "hidden (<5 or x)");

        var drawing = ChartLayout.For(chart);

        Assert.Empty(drawing.Shapes.OfType<ChartPlaceholder>());
        Assert.DoesNotContain(drawing.Shapes.OfType<ChartText>(), t => t.Text == "hidden (<5 or x)");
    }

    [Theory]
    [InlineData(10, new[] { "0", "5", "10" })]
    [InlineData(9, new[] { "0", "5", "10" })]
    [InlineData(3, new[] { "0", "1", "2", "3" })]
    [InlineData(90, new[] { "0", "25", "50", "75", "100" })]
    public void TheAxis_IsLabelledWithTheWholeNumbersItsLinesStandFor(int largest, string[] labels)
    {
        var chart = new ChartModel("Monthly", "By month", "By month", ChartKind.Columns, ["Dec 26", "Jan 27"], [new ChartSeries("Consultations", "#0072B2", [largest, 1])]);

        var drawing = ChartLayout.For(chart);

        var lines = drawing.Shapes.OfType<ChartLine>().Select(l => l.Y1).ToList();
        var axis = drawing.Shapes.OfType<ChartText>().Where(t => t.Anchor == TextAnchor.End).ToList();
        Assert.Equal(labels, axis.Select(t => t.Text));
        Assert.Equal(lines.Count, axis.Count);
        var unit = (lines[0] - lines[^1]) / int.Parse(labels[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(axis.Zip(lines), pair => Assert.Equal(lines[0] - (unit * int.Parse(pair.First.Text, System.Globalization.CultureInfo.InvariantCulture)), pair.Second, 6));
    }
}
