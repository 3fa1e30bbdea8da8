using LegalAid.Domain.Reports;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>Measures what suppression cost a set of tables, to keep beside the report and to compare methods.</summary>
public static class SuppressionLoss
{
    /// <summary>
    /// Hidden cells of all kinds; totals hidden to protect another cell ("x": a total from 1 to 4 is a small count, and
    /// money summed over a hidden count of cases is hidden with it); the hidden inner counts' share of all inner counts
    /// (money left out).
    /// </summary>
    public static InformationLoss Of(IEnumerable<SuppressedTable> tables)
    {
        var cells = tables.SelectMany(t => t.All().Select(p => (Table: t, p.Row, p.Column, p.Cell))).ToList();
        var innerCounts = cells.Where(c => !c.Table.Source.IsMoney(c.Column) && !c.Table.Source.IsTotal(c.Row, c.Column)).ToList();
        var counted = innerCounts.Sum(c => c.Cell.Value);
        return new InformationLoss(
            cells.Count,
            cells.Count(c => c.Cell.IsHidden),
            cells.Count(c => IsHiddenTotal(c.Table, c.Row, c.Column)),
            counted == 0 ? 0 : innerCounts.Where(c => c.Cell.IsHidden).Sum(c => c.Cell.Value) / counted);
    }

    /// <summary>A total hidden to protect another cell rather than for what it counts.</summary>
    public static bool IsHiddenTotal(SuppressedTable table, int row, int column) =>
        table.Source.IsTotal(row, column)
        && table.Cells[row, column].Suppression == Suppression.Complementary
        && !(table.Source.MoneyCounts?.TryGetValue(column, out var count) == true && table.Cells[row, count].IsHidden);
}
