using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>An equation of a table: the parts add up to the whole. Positions are (row, column); the total row is the last row.</summary>
internal sealed record Equation((int Row, int Column) Whole, IReadOnlyList<(int Row, int Column)> Parts)
{
    public IReadOnlyList<(int Row, int Column)> Members { get; } = [.. Parts, Whole];
}

/// <summary>
/// The equations a reader can write from a table's totals: each column's total is the sum of its rows where a record
/// falls in one row only (a table showing its total row alone gives none), and each row's total (in
/// <see cref="StatTable.RowTotalColumn"/>) the sum of its counts. Where a record may fall in several rows, a column
/// whose rows add up to its total all the same is an equation too: a reader who takes the rows as apart is right there.
/// </summary>
internal static class TableEquations
{
    public static IReadOnlyList<Equation> Of(StatTable table)
    {
        var totalRow = table.Rows.Count;
        var equations = new List<Equation>();
        foreach (var column in Enumerable.Range(0, totalRow > 0 ? table.Columns.Count : 0).Where(c => table.TotalIsSumOfRows || RowsAddUp(table, c)))
        {
            equations.Add(new Equation((totalRow, column), Enumerable.Range(0, totalRow).Select(r => (r, column)).ToList()));
        }

        if (table.RowTotalColumn is { } rowTotal)
        {
            var counts = Enumerable.Range(0, table.Columns.Count).Where(c => c != rowTotal && !table.IsMoney(c)).ToList();
            for (var row = 0; row <= totalRow; row++)
            {
                equations.Add(new Equation((row, rowTotal), counts.Select(c => (row, c)).ToList()));
            }
        }

        return equations;
    }

    private static bool RowsAddUp(StatTable table, int column) => table.Rows.Sum(row => row.Values[column]) == table.Total.Values[column];
}
