using LegalAid.Application.Common.Reports;

namespace LegalAid.Application.Reports.Common;

/// <summary>A breakdown as a report table: a label column, one right-aligned column per figure, a total row, and a note under it if any.</summary>
internal static class BreakdownTable
{
    public static Table Of(IEnumerable<string> columns, IEnumerable<(string Label, IEnumerable<string> Cells)> rows, (string Label, IEnumerable<string> Cells) total, string? note = null) => new(
        [new(string.Empty, 2.6), .. columns.Select(c => new TableColumn(c, 1, Numeric: true))],
        rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells]).ToList(),
        [total.Label, .. total.Cells],
        note);
}
