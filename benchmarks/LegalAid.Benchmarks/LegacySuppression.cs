using LegalAid.Application.Common.Models;
using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Benchmarks;

/// <summary>
/// The suppression the app used before least-loss suppression, kept here only to compare the two
/// (<see cref="DisclosureSuite"/>): after primary suppression, while the solver finds a disclosed cell, the smallest
/// other non-zero visible cell of one of its equations is hidden (a total only when its equations hold nothing else),
/// else the smallest visible cell anywhere. No table redesign.
/// </summary>
internal static class LegacySuppression
{
    public static SuppressedTable Apply(StatTable table)
    {
        var rows = table.Rows.Append(table.Total).ToList();
        var cells = new SuppressedCell[rows.Count, table.Columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = rows[r].Values[c];
                cells[r, c] = new SuppressedCell(value, !table.IsMoney(c) && SmallCellSuppression.IsSmall(value) ? Suppression.SmallCount : Suppression.None);
            }
        }

        var equations = TableEquations.Of(table);
        while (true)
        {
            HideMoneyOfHiddenCounts(table, cells, rows.Count);
            var disclosed = DisclosureSolver.Disclosed(cells, equations, table.IsMoney);
            if (disclosed.Count == 0 || Complement(disclosed[0], cells, equations) is not { } next)
            {
                break;
            }

            cells[next.Row, next.Column] = cells[next.Row, next.Column] with { Suppression = Suppression.Complementary };
        }

        return new SuppressedTable(table, cells);
    }

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

    private static (int Row, int Column)? Complement((int Row, int Column) disclosed, SuppressedCell[,] cells, IReadOnlyList<Equation> equations)
    {
        var candidates = equations.Where(e => e.Members.Contains(disclosed))
            .SelectMany(e => e.Parts.Select(p => (Cell: p, IsTotal: false)).Append((Cell: e.Whole, IsTotal: true)))
            .Where(m => !cells[m.Cell.Row, m.Cell.Column].IsHidden && cells[m.Cell.Row, m.Cell.Column].Value > 0)
            .OrderBy(m => m.IsTotal).ThenBy(m => cells[m.Cell.Row, m.Cell.Column].Value).ThenBy(m => m.Cell.Row).ThenBy(m => m.Cell.Column)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Cell : SmallestVisible(cells, equations);
    }

    private static (int Row, int Column)? SmallestVisible(SuppressedCell[,] cells, IReadOnlyList<Equation> equations) =>
        equations.SelectMany(e => e.Parts).Distinct()
            .Where(m => !cells[m.Row, m.Column].IsHidden && cells[m.Row, m.Column].Value > 0)
            .OrderBy(m => cells[m.Row, m.Column].Value).ThenBy(m => m.Row).ThenBy(m => m.Column)
            .Cast<(int Row, int Column)?>().FirstOrDefault();
}
