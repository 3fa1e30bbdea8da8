using LegalAid.Application.Common.Reports;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Reports.Common;

/// <summary>
/// A breakdown as a report table: a label column headed by what its rows are (problems, months…), one right-aligned
/// column per figure, a total row, and a note under it if any.
/// </summary>
internal static class BreakdownTable
{
    public static Table Of(string rowsAre, IEnumerable<string> columns, IEnumerable<(string Label, IEnumerable<string> Cells)> rows, (string Label, IEnumerable<string> Cells) total, string? note = null) => new(
        [new(rowsAre, 2.6), .. columns.Select(c => new TableColumn(c, 1, Numeric: true))],
        rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells]).ToList(),
        [total.Label, .. total.Cells],
        note);

    /// <summary>What the rows of the statistics table <paramref name="key"/> are, in the current language.</summary>
    public static string RowsOf(string key) => Label.Get($"Export.Rows.{key}");
}
