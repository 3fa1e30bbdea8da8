using System.Globalization;

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

    /// <summary>The value a chart may draw: nothing for a hidden cell.</summary>
    public decimal Drawable => IsHidden ? 0 : Value;
}

/// <summary>A table ready for a donor: labels, and cells of which small counts and their complements are hidden.</summary>
public sealed record SuppressedTable(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<string> RowLabels, SuppressedCell[,] Cells, string TotalLabel)
{
    public int RowCount => RowLabels.Count;

    /// <summary>The cells of row <paramref name="row"/>; the last row is the total.</summary>
    public IEnumerable<SuppressedCell> Row(int row) => Enumerable.Range(0, Columns.Count).Select(c => Cells[row, c]);
}
