namespace LegalAid.Application.Common.Models;

/// <summary>
/// A spreadsheet read as text: its header row and its data rows, each numbered as a spreadsheet program shows it
/// (the header is row 1), and how the file was read.
/// </summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SpreadsheetRow> Rows, string Format, string? Encoding, char? Separator);

/// <summary>One data row; cells missing at its end read as empty.</summary>
public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : string.Empty;
}
