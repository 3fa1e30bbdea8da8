namespace LegalAid.Application.Common.Charts;

/// <summary>
/// A chart as data, drawn the same way by the SVG renderer of the web pages and the vector renderer of the
/// PDF reports. <see cref="Description"/> is the accessible text alternative; <see cref="HiddenNote"/> explains, in the
/// legend, the mark of a hidden value.
/// </summary>
public sealed record ChartModel(
    string Key,
    string Title,
    string Description,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string? HiddenNote = null)
{
    public decimal MaxValue => Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();

    public bool HidesValues => Series.Any(s => s.HiddenMarks?.Any(m => m is not null) == true);

    /// <summary>Nothing to draw: no categories, or every value zero and none hidden.</summary>
    public bool IsEmpty => Categories.Count == 0 || (MaxValue == 0 && !HidesValues);
}

/// <param name="HiddenMarks">
/// For each value, the mark of a hidden one ("&lt;5", "x"), drawn as a distinct mark in place of its bar (its value
/// should be 0, so nothing of it is drawn); null where the value is shown. Null for a series that hides nothing.
/// </param>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<decimal> Values, IReadOnlyList<string?>? HiddenMarks = null)
{
    public string? HiddenMark(int index) => HiddenMarks?[index];
}

public enum ChartKind
{
    /// <summary>Vertical bars per category, one bar per series side by side.</summary>
    Columns,

    /// <summary>Horizontal bars, for long category names.</summary>
    Bars,
}
