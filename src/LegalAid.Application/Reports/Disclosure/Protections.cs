using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>Cells that, hidden together, may protect a hidden cell the solver can work out.</summary>
/// <param name="Totals">How many of them are totals: a protection with fewer totals always comes first.</param>
/// <param name="Cost">1 + the value of each cell, so fewer cells of smaller value come first.</param>
internal sealed record Protection(IReadOnlyList<(int Row, int Column)> Cells, int Totals, decimal Cost);

/// <summary>
/// The candidate protections of a disclosed cell, cheapest first, as statistical offices choose complementary
/// suppressions (tau-ARGUS, sdcTable): one more cell of an equation through it, or, in a table with row and column
/// totals, the three other corners of a rectangle through it, which keeps every row and column one unknown short.
/// </summary>
internal static class Protections
{
    public static IReadOnlyList<Protection> For(StatTable table, SuppressedCell[,] cells, IReadOnlyList<Equation> equations, (int Row, int Column) target)
    {
        var through = equations.Where(e => e.Members.Contains(target)).ToList();
        var singles = through.SelectMany(e => e.Members).Distinct()
            .Where(m => CanHide(cells, m))
            .Select(m => Of(table, cells, [m]));
        return singles.Concat(Rectangles(table, cells, target))
            .OrderBy(p => p.Totals).ThenBy(p => p.Cost)
            .ToList();
    }

    /// <summary>When nothing around a disclosed cell is left to hide, the disclosure runs through other equations: hide the smallest cell anywhere, inner cells first (only those unless <paramref name="totals"/>).</summary>
    public static Protection? Widening(StatTable table, SuppressedCell[,] cells, IReadOnlyList<Equation> equations, bool totals) =>
        equations.SelectMany(e => e.Members).Distinct()
            .Where(m => CanHide(cells, m) && (totals || !table.IsTotal(m.Row, m.Column)))
            .Select(m => Of(table, cells, [m]))
            .OrderBy(p => p.Totals).ThenBy(p => p.Cost)
            .FirstOrDefault();

    /// <summary>Rectangles through the target in a table whose rows and columns both add up; a zero corner, shown, breaks the cycle.</summary>
    private static IEnumerable<Protection> Rectangles(StatTable table, SuppressedCell[,] cells, (int Row, int Column) target)
    {
        if (table.RowTotalColumn is null || !table.TotalIsSumOfRows || table.IsMoney(target.Column))
        {
            yield break;
        }

        var columns = Enumerable.Range(0, table.Columns.Count).Where(c => c != target.Column && !table.IsMoney(c)).ToList();
        for (var row = 0; row <= table.Rows.Count; row++)
        {
            if (row == target.Row)
            {
                continue;
            }

            foreach (var column in columns)
            {
                (int Row, int Column)[] corners = [(target.Row, column), (row, target.Column), (row, column)];
                if (corners.All(c => cells[c.Row, c.Column].IsHidden || CanHide(cells, c)))
                {
                    var added = corners.Where(c => !cells[c.Row, c.Column].IsHidden).ToList();
                    if (added.Count > 0)
                    {
                        yield return Of(table, cells, added);
                    }
                }
            }
        }
    }

    private static bool CanHide(SuppressedCell[,] cells, (int Row, int Column) cell) =>
        !cells[cell.Row, cell.Column].IsHidden && cells[cell.Row, cell.Column].Value > 0;

    private static Protection Of(StatTable table, SuppressedCell[,] cells, IReadOnlyList<(int Row, int Column)> added) => new(
        added,
        added.Count(c => table.IsTotal(c.Row, c.Column)),
        added.Sum(c => 1 + cells[c.Row, c.Column].Value));
}
