namespace LegalAid.Application.Common.Charts;

/// <summary>
/// A chart as data, drawn the same way by the SVG renderer of the web pages and the vector renderer of the
/// PDF reports. <see cref="Description"/> is the accessible text alternative.
/// </summary>
public sealed record ChartModel(
    string Key,
    string Title,
    string Description,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series)
{
    public decimal MaxValue => Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
}

/// <param name="ValueLabels">Text shown instead of a value (such as "&lt;5" where a small count is hidden); null shows the values.</param>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<decimal> Values, IReadOnlyList<string?>? ValueLabels = null);

public enum ChartKind
{
    /// <summary>Vertical bars per category, one bar per series side by side.</summary>
    Columns,

    /// <summary>Horizontal bars, for long category names.</summary>
    Bars,
}
