using System.Globalization;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// A table whose rows the statistics rank by size would place a row with a hidden total by its true value, between
/// the shown totals just above and below it, and so narrow down what the mark hides. Such rows follow the shown ones,
/// in the order of their labels, before the "Other …" row, which stays last.
/// </summary>
internal static class HiddenRowsLast
{
    public static SuppressedTable Apply(SuppressedTable table)
    {
        if (!table.Source.RankedBySize || table.Source.RowTotalColumn is not { } ranked)
        {
            return table;
        }

        var merged = table.Merged.Select(g => g.Label).ToHashSet();
        var labels = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: false);
        var rows = Enumerable.Range(0, table.RowCount).ToList();
        var order = rows.Where(r => !table.Cells[r, ranked].IsHidden && !merged.Contains(table.Source.Rows[r].Label))
            .Concat(rows.Where(r => table.Cells[r, ranked].IsHidden && !merged.Contains(table.Source.Rows[r].Label)).OrderBy(r => table.Source.Rows[r].Label, labels))
            .Concat(rows.Where(r => merged.Contains(table.Source.Rows[r].Label)))
            .Append(table.RowCount)
            .ToList();

        var cells = new SuppressedCell[order.Count, table.Columns.Count];
        for (var row = 0; row < order.Count; row++)
        {
            for (var column = 0; column < table.Columns.Count; column++)
            {
                cells[row, column] = table.Cells[order[row], column];
            }
        }

        return table with { Source = table.Source with { Rows = [.. order.SkipLast(1).Select(r => table.Source.Rows[r])] }, Cells = cells };
    }
}
