using System.Globalization;
using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

public enum Suppression
{
    None,

    /// <summary>A count from 1 to 4: shown as "&lt;5".</summary>
    SmallCount,

    /// <summary>Hidden because a small count could otherwise be worked out from a total: shown as "x".</summary>
    Complementary,
}

/// <summary>A table cell after small-cell suppression.</summary>
public sealed record SuppressedCell(decimal Value, Suppression Suppression)
{
    public const string SmallCountText = "<5";
    public const string ComplementaryText = "x";

    public bool IsHidden => Suppression != Suppression.None;

    public string Text => Suppression switch
    {
        Suppression.SmallCount => SmallCountText,
        Suppression.Complementary => ComplementaryText,
        _ => Value.ToString("N0", CultureInfo.CurrentCulture),
    };

    /// <summary>The mark a hidden cell is shown with ("&lt;5" or "x"); null for a shown cell.</summary>
    public string? Mark => IsHidden ? Text : null;
}

/// <summary>Rows or columns of the original table shown together as one "Other …" row or column.</summary>
public sealed record MergedGroup(string Label, IReadOnlyList<string> Members);

/// <summary>
/// A table ready for a donor: the (possibly redesigned) table it shows, and its cells of which small counts and
/// their complements are hidden. The last row of <see cref="Cells"/> is the total row.
/// </summary>
public sealed record SuppressedTable(StatTable Source, SuppressedCell[,] Cells)
{
    /// <summary>The rows and columns merged into "Other …" before suppression; empty when none were.</summary>
    public IReadOnlyList<MergedGroup> Merged { get; init; } = [];

    public string Key => Source.Key;

    public string Title => Source.Title;

    public IReadOnlyList<string> Columns => Source.Columns;

    public IReadOnlyList<string> RowLabels => Source.Rows.Select(r => r.Label).ToList();

    public string TotalLabel => Source.Total.Label;

    /// <summary>The rows above the total row.</summary>
    public int RowCount => Source.Rows.Count;

    /// <summary>The cells of row <paramref name="row"/>; row <see cref="RowCount"/> is the total.</summary>
    public IEnumerable<SuppressedCell> Row(int row) => Enumerable.Range(0, Columns.Count).Select(c => Cells[row, c]);

    /// <summary>Every cell with its position, the total row last.</summary>
    public IEnumerable<(int Row, int Column, SuppressedCell Cell)> All() =>
        from row in Enumerable.Range(0, RowCount + 1)
        from column in Enumerable.Range(0, Columns.Count)
        select (row, column, Cells[row, column]);
}
