using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Hides small counts so that no person can be singled out from a donor report, and hides as little else as it can.
/// Every count from 1 to 4 is hidden (primary suppression), and so is an amount of money summed over a hidden count
/// of cases. While <see cref="DisclosureSolver"/> finds a hidden cell that the table's equations and the marks' ranges
/// still give away, the cheapest protection of that cell that the solver accepts is hidden too (complementary
/// suppression; see <see cref="Protections"/>): inner cells of least value first. Totals are hidden only when inner
/// cells alone cannot protect every cell: first the whole table is protected with inner cells only, and only if
/// that fails again with totals allowed. Zeros stay visible. The same table always gives the same result.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static SuppressedTable Apply(StatTable table)
    {
        var primary = Primary(table);
        var equations = TableEquations.Of(table);
        var unprotectable = Unprotectable(table, primary, equations);
        var cells = Complement(table, primary, equations, unprotectable, totals: false)
            ?? Complement(table, primary, equations, unprotectable, totals: true)!;
        return new SuppressedTable(table, cells);
    }

    /// <summary>A single figure on its own: hidden when from 1 to 4.</summary>
    public static SuppressedCell Figure(decimal value) => new(value, IsSmall(value) ? Suppression.SmallCount : Suppression.None);

    public static bool IsSmall(decimal count) => count is > 0 and < Threshold;

    private static SuppressedCell[,] Primary(StatTable table)
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

        return cells;
    }

    /// <summary>
    /// Hides, for one disclosed cell at a time, its cheapest protection the solver accepts, or the cheapest candidate
    /// when none protects it alone. Null when <paramref name="totals"/> is false and only a total is left to hide.
    /// </summary>
    private static SuppressedCell[,]? Complement(StatTable table, SuppressedCell[,] primary, IReadOnlyList<Equation> equations, IReadOnlyList<(int Row, int Column)> unprotectable, bool totals)
    {
        var cells = (SuppressedCell[,])primary.Clone();
        while (true)
        {
            HideMoneyOfHiddenCounts(table, cells);
            var disclosed = DisclosureSolver.Disclosed(cells, equations, table.IsMoney).Except(unprotectable).ToList();
            if (disclosed.Count == 0)
            {
                return cells;
            }

            var target = disclosed[0];
            var candidates = Protections.For(table, cells, equations, target).Where(p => totals || p.Totals == 0).ToList();
            var chosen = candidates.FirstOrDefault(p => Protects(table, cells, equations, p, target))
                ?? (candidates.Count > 0 ? candidates[0] : null)
                ?? Protections.Widening(table, cells, equations, totals);
            if (chosen is null)
            {
                return totals ? cells : null;
            }

            Hide(cells, chosen);
        }
    }

    /// <summary>
    /// Cells the shown zeros and the marks' ranges give away however much else is hidden, such as four counts of 1 in a
    /// row whose total is "&lt;5": hiding more cannot help (hiding only ever widens what a reader can solve for), only
    /// merging the row with others can (<see cref="TableRedesign"/>).
    /// </summary>
    private static IReadOnlyList<(int Row, int Column)> Unprotectable(StatTable table, SuppressedCell[,] cells, IReadOnlyList<Equation> equations)
    {
        var everything = (SuppressedCell[,])cells.Clone();
        foreach (var (row, column) in equations.SelectMany(e => e.Members).Distinct().Where(m => !everything[m.Row, m.Column].IsHidden && everything[m.Row, m.Column].Value > 0))
        {
            everything[row, column] = everything[row, column] with { Suppression = Suppression.Complementary };
        }

        return DisclosureSolver.Disclosed(everything, equations, table.IsMoney);
    }

    /// <summary>
    /// Whether hiding <paramref name="protection"/> as well leaves <paramref name="target"/> impossible to work out. An
    /// equation through the target with no other cell hidden gives it away, which spares the solver most candidates.
    /// </summary>
    private static bool Protects(StatTable table, SuppressedCell[,] cells, IReadOnlyList<Equation> equations, Protection protection, (int Row, int Column) target)
    {
        var trial = (SuppressedCell[,])cells.Clone();
        Hide(trial, protection);
        HideMoneyOfHiddenCounts(table, trial);
        return equations.All(e => !e.Members.Contains(target) || e.Members.Any(m => m != target && trial[m.Row, m.Column].IsHidden))
            && !DisclosureSolver.Disclosed(trial, equations, table.IsMoney).Contains(target);
    }

    private static void Hide(SuppressedCell[,] cells, Protection protection)
    {
        foreach (var (row, column) in protection.Cells)
        {
            cells[row, column] = cells[row, column] with { Suppression = Suppression.Complementary };
        }
    }

    private static void HideMoneyOfHiddenCounts(StatTable table, SuppressedCell[,] cells)
    {
        foreach (var (money, count) in table.MoneyCounts ?? new Dictionary<int, int>())
        {
            for (var r = 0; r <= table.Rows.Count; r++)
            {
                if (cells[r, count].IsHidden && !cells[r, money].IsHidden)
                {
                    cells[r, money] = cells[r, money] with { Suppression = Suppression.Complementary };
                }
            }
        }
    }
}
