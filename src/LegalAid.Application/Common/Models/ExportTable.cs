namespace LegalAid.Application.Common.Models;

/// <summary>How a column's cells are written: text, or a number with the format a reader expects of it.</summary>
public enum CellFormat
{
    Text = 1,
    Count = 2,
    Money = 3,

    /// <summary>A fraction (0.34) shown as a percentage (34 %).</summary>
    Percent = 4,

    /// <summary>A number that may have a fraction, such as a median number of days.</summary>
    Fractional = 5,
}

public sealed record ExportColumn(string Header, CellFormat Format);

/// <summary>A number written in a format of its own rather than its column's, such as a share in a column of counts.</summary>
public sealed record ExportNumber(decimal Value, CellFormat Format);

/// <summary>A calendar month: a date cell shown as year and month in a workbook, so it sorts and charts; «2026-01» in a CSV.</summary>
public sealed record ExportMonth(int Year, int Month)
{
    public override string ToString() => $"{Year:0000}-{Month:00}";
}

/// <summary>
/// A table as it goes into a file, already labelled in the current UI language: the header row, then rows whose cells
/// are text (string), numbers (decimal, in the column's format, or <see cref="ExportNumber"/>), months
/// (<see cref="ExportMonth"/>) or empty (null), one per column.
/// </summary>
public sealed record ExportTable(string Key, string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A short name for the table's worksheet (Excel allows 31 characters); the title, cut, when not given.</summary>
    public string? SheetName { get; init; }
}
