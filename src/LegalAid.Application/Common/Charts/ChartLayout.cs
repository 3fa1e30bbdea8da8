using System.Globalization;

namespace LegalAid.Application.Common.Charts;

/// <summary>
/// Lays a chart out as plain shapes in its own coordinate space (points, y downwards), so the SVG of the
/// web pages and the vector drawing of the PDF reports draw exactly the same picture. A hidden value is never an
/// empty bar, which reads as zero: it is a dashed placeholder holding its mark ("&lt;5", "x").
/// </summary>
public static class ChartLayout
{
    public const double Width = 720;
    private const double FontSize = 11;
    private const double Top = 12;
    private const double LegendHeight = 22;
    private const double PlaceholderHeight = 14;

    /// <summary>A sans-serif letter's average width as a share of the font size; enough to keep axis labels apart.</summary>
    private const double AverageGlyphWidth = 0.6;

    /// <summary>
    /// A wide glyph's width in ems, for text that must not run past its edge: a bar's label ends at the axis and starts
    /// where the chart does, and a Kyrgyz label's ж, ш and ү are wider than the average (cut at 44 characters one ran 9 px past the edge).
    /// </summary>
    private const double WideGlyphWidth = 0.68;

    public static ChartDrawing For(ChartModel chart) => chart.Kind == ChartKind.Columns ? Columns(chart) : Bars(chart);

    private static ChartDrawing Columns(ChartModel chart)
    {
        const double height = 300, left = 48, right = 12, bottom = 46;
        var shapes = new List<ChartShape>();
        var plotHeight = height - Top - bottom - LegendHeight;
        var plotWidth = Width - left - right;
        var (max, step) = Scale(chart.MaxValue);
        AxisTicks(shapes, left, Width - right, Top + LegendHeight, plotHeight, max, step);

        var groups = Math.Max(1, chart.Categories.Count);
        var groupWidth = plotWidth / groups;
        var barWidth = groupWidth * 0.8 / Math.Max(1, chart.Series.Count);
        var widestLabel = chart.Categories.Select(c => c.Length).DefaultIfEmpty(0).Max() * (FontSize - 1) * AverageGlyphWidth;
        var labelEvery = Math.Max(1, (int)Math.Ceiling((widestLabel + 6) / groupWidth));
        var baseline = Top + LegendHeight + plotHeight;
        for (var g = 0; g < chart.Categories.Count; g++)
        {
            var groupLeft = left + (g * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var x = groupLeft + (s * barWidth);
                if (chart.Series[s].HiddenMark(g) is { } mark)
                {
                    Placeholder(shapes, x, baseline - PlaceholderHeight, barWidth * 0.92, mark);
                    continue;
                }

                var value = (double)chart.Series[s].Values[g];
                var barHeight = max == 0 ? 0 : plotHeight * value / max;
                shapes.Add(new ChartRect(x, baseline - barHeight, barWidth * 0.92, barHeight, chart.Series[s].Colour));
            }

            if (g % labelEvery == 0)
            {
                shapes.Add(new ChartText(left + (g * groupWidth) + (groupWidth / 2), baseline + 14, chart.Categories[g], FontSize - 1, TextAnchor.Middle));
            }
        }

        Legend(shapes, chart, left);
        return new ChartDrawing(Width, height, shapes);
    }

    private static ChartDrawing Bars(ChartModel chart)
    {
        const double labelWidth = 320, right = 60, rowHeight = 22;
        var series = chart.Series[0];
        var height = Top + LegendHeight + (Math.Max(1, chart.Categories.Count) * rowHeight) + 8;
        var plotWidth = Width - labelWidth - right;
        var max = (double)chart.MaxValue;
        var shapes = new List<ChartShape>();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var y = Top + LegendHeight + (i * rowHeight);
            shapes.Add(new ChartText(labelWidth - 8, y + 15, Shorten(chart.Categories[i], labelWidth - 12), FontSize, TextAnchor.End));
            if (series.HiddenMark(i) is { } mark)
            {
                Placeholder(shapes, labelWidth + 1, y + 4, Math.Max(24, TextWidth(mark, FontSize) + 10), mark);
                continue;
            }

            var value = series.Values[i];
            var length = max == 0 ? 0 : plotWidth * (double)value / max;
            shapes.Add(new ChartRect(labelWidth, y + 3, length, rowHeight - 6, series.Colour));
            shapes.Add(new ChartText(labelWidth + length + 6, y + 15, Number(value), FontSize, TextAnchor.Start));
        }

        shapes.Add(new ChartLine(labelWidth, Top + LegendHeight, labelWidth, height - 8, "#6c757d", 1));
        Legend(shapes, chart, labelWidth);
        return new ChartDrawing(Width, height, shapes);
    }

    private static void AxisTicks(List<ChartShape> shapes, double left, double right, double top, double plotHeight, double max, double step)
    {
        for (var tick = 0d; tick <= max; tick += step)
        {
            var y = top + plotHeight - (max == 0 ? 0 : plotHeight * tick / max);
            shapes.Add(new ChartLine(left, y, right, y, tick == 0 ? "#6c757d" : "#dee2e6", tick == 0 ? 1 : 0.5));
            shapes.Add(new ChartText(left - 6, y + 4, Number((decimal)tick), FontSize - 1, TextAnchor.End));
        }
    }

    private static void Legend(List<ChartShape> shapes, ChartModel chart, double left)
    {
        var x = left;
        foreach (var series in chart.Series)
        {
            shapes.Add(new ChartRect(x, Top, 10, 10, series.Colour));
            shapes.Add(new ChartText(x + 14, Top + 9, series.Name, FontSize, TextAnchor.Start));
            x += 28 + (series.Name.Length * FontSize * 0.62);
        }

        if (chart.HidesValues && chart.HiddenNote is { } note)
        {
            shapes.Add(new ChartPlaceholder(x, Top - 1, 16, 11));
            shapes.Add(new ChartText(x + 20, Top + 9, note, FontSize, TextAnchor.Start));
        }
    }

    /// <summary>A hidden value: a dashed box standing on the axis, its mark inside, shrunk to fit a narrow column.</summary>
    private static void Placeholder(List<ChartShape> shapes, double x, double y, double width, string mark)
    {
        shapes.Add(new ChartPlaceholder(x, y, width, PlaceholderHeight));
        var size = Math.Max(6, Math.Min(FontSize - 1, (width - 2) / (mark.Length * AverageGlyphWidth)));
        shapes.Add(new ChartText(x + (width / 2), y + (PlaceholderHeight / 2) + (size * 0.35), mark, size, TextAnchor.Middle));
    }

    private static double TextWidth(string text, double size) => text.Length * size * AverageGlyphWidth;

    /// <summary>A round maximum and whole tick step above the largest value: 0–5–10, 0–10–20…, 0–25–50…, 0–500–1000….</summary>
    private static (double Max, double Step) Scale(decimal largest)
    {
        if (largest <= 0)
        {
            return (1, 1);
        }

        var raw = (double)largest / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        // Counts are whole numbers, so a step is too: 2.5 only from 25 up.
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => Math.Max(1, f * magnitude)).First(s => s >= raw && s % 1 == 0);
        return (Math.Ceiling((double)largest / step) * step, step);
    }

    /// <summary>The text, cut with "…" where even wide glyphs would run past <paramref name="width"/>.</summary>
    private static string Shorten(string text, double width)
    {
        var length = (int)(width / (FontSize * WideGlyphWidth));
        return text.Length <= length ? text : text[..(length - 1)] + "…";
    }

    private static string Number(decimal value) => value.ToString("N0", CultureInfo.CurrentCulture);
}

public sealed record ChartDrawing(double Width, double Height, IReadOnlyList<ChartShape> Shapes);

public abstract record ChartShape;

public sealed record ChartRect(double X, double Y, double Width, double Height, string Colour) : ChartShape;

/// <summary>Where a hidden value would be: drawn light with a dashed border, never as a bar.</summary>
public sealed record ChartPlaceholder(double X, double Y, double Width, double Height) : ChartShape
{
    public const string Fill = "#f1f3f5";
    public const string Stroke = "#495057";
}

public sealed record ChartLine(double X1, double Y1, double X2, double Y2, string Colour, double Thickness) : ChartShape;

public sealed record ChartText(double X, double Y, string Text, double Size, TextAnchor Anchor) : ChartShape;

public enum TextAnchor
{
    Start,
    Middle,
    End,
}
