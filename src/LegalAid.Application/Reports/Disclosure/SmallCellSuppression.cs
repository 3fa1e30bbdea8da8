using LegalAid.Application.Common.Models;
using static LegalAid.Application.Reports.Disclosure.DisclosureSolver;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Hides small counts so that no person can be singled out from a donor report. Every count from 1 to 4 is
/// hidden (primary suppression), and so is an amount of money summed over a hidden count of cases. A table's
/// totals make equations (each row total is the sum of its row where the table has one, each column total the sum
/// of its column); while <see cref="DisclosureSolver"/> finds a hidden cell that those equations and the marks'
/// ranges still give away, the smallest other non-zero visible cell of one of its equations is hidden too
/// (secondary suppression), totals last. Zeros stay visible.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static SuppressedTable Apply(StatTable table)
    {
        var rows = table.Rows.Append(table.Total).ToList();
        var cells = new SuppressedCell[rows.Count, table.Columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = rows[r].Values[c];
                cells[r, c] = new SuppressedCell(value, !table.IsMoney(c) && IsSmall(value) ? Suppression.SmallCount : Suppression.None);
            }
        }

        var equations = Equations(table, rows.Count).ToList();
        while (true)
        {
            HideMoneyOfHiddenCounts(table, cells, rows.Count);
            if (FirstDisclosed(cells, equations, table.IsMoney) is not { } disclosed || Complement(disclosed, cells, equations) is not { } next)
            {
                break;
            }

            cells[next.Row, next.Column] = cells[next.Row, next.Column] with { Suppression = Suppression.Complementary };
        }

        return new SuppressedTable(table.Key, table.Title, table.Columns, table.Rows.Select(r => r.Label).ToList(), cells, table.Total.Label);
    }

    /// <summary>A single figure on its own: hidden when from 1 to 4.</summary>
    public static SuppressedCell Figure(decimal value) => new(value, IsSmall(value) ? Suppression.SmallCount : Suppression.None);

    public static bool IsSmall(decimal count) => count is > 0 and < Threshold;

    private static void HideMoneyOfHiddenCounts(StatTable table, SuppressedCell[,] cells, int rowCount)
    {
        foreach (var (money, count) in table.MoneyCounts ?? new Dictionary<int, int>())
        {
            for (var r = 0; r < rowCount; r++)
            {
                if (cells[r, count].IsHidden && !cells[r, money].IsHidden)
                {
                    cells[r, money] = cells[r, money] with { Suppression = Suppression.Complementary };
                }
            }
        }
    }

    /// <summary>The cell to hide next for a disclosed one: the smallest non-zero visible cell sharing an equation with it, a total only when nothing else is left.</summary>
    private static (int Row, int Column)? Complement((int Row, int Column) disclosed, SuppressedCell[,] cells, List<Equation> equations)
    {
        var candidates = equations.Where(e => e.Members.Contains(disclosed))
            .SelectMany(e => e.Parts.Select(p => (Cell: p, IsTotal: false)).Append((Cell: e.Whole, IsTotal: true)))
            .Where(m => !cells[m.Cell.Row, m.Cell.Column].IsHidden && cells[m.Cell.Row, m.Cell.Column].Value > 0)
            .OrderBy(m => m.IsTotal).ThenBy(m => cells[m.Cell.Row, m.Cell.Column].Value).ThenBy(m => m.Cell.Row).ThenBy(m => m.Cell.Column)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Cell : SmallestVisible(cells, equations);
    }

    /// <summary>When every cell around a disclosed one is hidden already, the disclosure runs through other equations: widen the suppression anywhere.</summary>
    private static (int Row, int Column)? SmallestVisible(SuppressedCell[,] cells, List<Equation> equations) =>
        equations.SelectMany(e => e.Parts).Distinct()
            .Where(m => !cells[m.Row, m.Column].IsHidden && cells[m.Row, m.Column].Value > 0)
            .OrderBy(m => cells[m.Row, m.Column].Value).ThenBy(m => m.Row).ThenBy(m => m.Column)
            .Cast<(int Row, int Column)?>().FirstOrDefault();

    private static IEnumerable<Equation> Equations(StatTable table, int rowCount)
    {
        var totalRow = rowCount - 1;
        foreach (var column in Enumerable.Range(0, table.TotalIsSumOfRows ? table.Columns.Count : 0))
        {
            yield return new Equation((totalRow, column), Enumerable.Range(0, totalRow).Select(r => (r, column)).ToList());
        }

        if (table.RowTotalColumn is { } rowTotal)
        {
            var counts = Enumerable.Range(0, table.Columns.Count).Where(c => c != rowTotal && !table.IsMoney(c)).ToList();
            for (var row = 0; row < rowCount; row++)
            {
                yield return new Equation((row, rowTotal), counts.Select(c => (row, c)).ToList());
            }
        }
    }
}
