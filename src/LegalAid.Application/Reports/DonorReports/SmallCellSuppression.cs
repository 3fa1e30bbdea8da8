using LegalAid.Application.Statistics.GetStatistics;

namespace LegalAid.Application.Reports.DonorReports;

/// <summary>
/// Hides small counts so that no person can be singled out from a donor report. Every count from 1 to 4 is
/// hidden (primary suppression). A table's totals make equations: each row total is the sum of its row (where
/// the table has one), each column total the sum of its column. An equation with exactly one hidden cell gives
/// that cell away, so the smallest other non-zero cell of it is hidden too (secondary suppression), until no
/// equation has exactly one hidden cell. Zeros stay visible; money is not a count and stays visible.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static SuppressedTable Apply(StatTable table)
    {
        var rows = table.Rows.Append(table.Total).ToList();
        var columns = table.Columns.Count;
        var cells = new SuppressedCell[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var value = rows[r].Values[c];
                cells[r, c] = new SuppressedCell(value, !table.IsMoney(c) && IsSmall(value) ? Suppression.SmallCount : Suppression.None);
            }
        }

        var equations = Equations(table, rows.Count).ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (whole, parts) in equations)
            {
                var members = parts.Append(whole).ToList();
                if (members.Count(m => cells[m.Row, m.Column].IsHidden) != 1)
                {
                    continue;
                }

                var visible = members.Where(m => !cells[m.Row, m.Column].IsHidden && cells[m.Row, m.Column].Value > 0).ToList();
                if (visible.Count == 0)
                {
                    continue;
                }

                var next = visible.OrderBy(m => m == whole ? 1 : 0).ThenBy(m => cells[m.Row, m.Column].Value).First();
                cells[next.Row, next.Column] = cells[next.Row, next.Column] with { Suppression = Suppression.Complementary };
                changed = true;
            }
        }

        return new SuppressedTable(table.Key, table.Title, table.Columns, table.Rows.Select(r => r.Label).ToList(), cells, table.Total.Label);
    }

    /// <summary>A single figure on its own: hidden when from 1 to 4.</summary>
    public static SuppressedCell Figure(decimal value) => new(value, IsSmall(value) ? Suppression.SmallCount : Suppression.None);

    public static bool IsSmall(decimal count) => count is > 0 and < Threshold;

    private static IEnumerable<((int Row, int Column) Whole, List<(int Row, int Column)> Parts)> Equations(StatTable table, int rowCount)
    {
        var counts = Enumerable.Range(0, table.Columns.Count).Where(c => !table.IsMoney(c)).ToList();
        var totalRow = rowCount - 1;
        foreach (var column in counts)
        {
            yield return ((totalRow, column), Enumerable.Range(0, totalRow).Select(r => (r, column)).ToList());
        }

        if (table.RowTotalColumn is { } rowTotal)
        {
            for (var row = 0; row < rowCount; row++)
            {
                yield return ((row, rowTotal), counts.Where(c => c != rowTotal).Select(c => (row, c)).ToList());
            }
        }
    }
}
