using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>What a table may merge before suppression: rows into one "Other …" row, columns (but those kept) into one "Other …" column.</summary>
/// <param name="OtherRows">The merged row's label; null when rows stay apart (a record may fall in several rows, or their order matters).</param>
/// <param name="OtherColumns">The merged column's label; null when columns stay apart.</param>
/// <param name="KeptColumns">Columns never merged, such as one a derived figure reads; totals and money are never merged either.</param>
internal sealed record Redesign(string? OtherRows, string? OtherColumns = null, IReadOnlyList<int>? KeptColumns = null);

/// <summary>
/// Table redesign before suppression, as statistical offices do it: rows (then columns) whose total suppression would
/// hide, a small count or one hidden to protect another, merge into one "Other …" row (column); so do the smallest
/// others with them while fewer than two merge or they add up to less than 5. Of the tables merging the smallest 1, 2, …
/// of those rows, the one taken is the best by <see cref="Score"/>, and the table stays as it was unless one does
/// better. One row (column) at least stays apart, or the table would only repeat its total; a total that suppression
/// shows is never merged away but to complete a merge. The table remembers what was merged, so the report can say so.
/// </summary>
internal static class TableRedesign
{
    public static SuppressedTable Apply(StatTable table, Redesign? redesign)
    {
        var best = SmallCellSuppression.Apply(table);
        if (redesign?.OtherRows is { } otherRows && table.TotalIsSumOfRows && (table.RowTotalColumn ?? (table.Columns.Count == 1 ? 0 : null)) is { } rowTotal)
        {
            var unmerged = best;
            var rows = Enumerable.Range(0, table.Rows.Count).ToList();
            foreach (var merged in Merges(rows, r => table.Rows[r].Values[rowTotal], r => unmerged.Cells[r, rowTotal].IsHidden))
            {
                best = Better(best, unmerged, MergeRows(table, merged, otherRows), otherRows, merged.Select(r => table.Rows[r].Label));
            }
        }

        if (redesign?.OtherColumns is { } otherColumns)
        {
            var unmerged = best;
            var source = unmerged.Source;
            var columns = Enumerable.Range(0, source.Columns.Count)
                .Where(c => c != source.RowTotalColumn && !source.IsMoney(c) && source.MoneyCounts?.Values.Contains(c) != true && redesign.KeptColumns?.Contains(c) != true)
                .ToList();
            foreach (var merged in Merges(columns, c => source.Total.Values[c], c => unmerged.Cells[unmerged.RowCount, c].IsHidden))
            {
                best = Better(best, unmerged, MergeColumns(source, merged, otherColumns), otherColumns, merged.Select(c => source.Columns[c]));
            }
        }

        return best;
    }

    /// <summary>The smallest 1, 2, … lines whose total is hidden, each completed with the smallest others as needed, in table order; never every line.</summary>
    private static IEnumerable<List<int>> Merges(List<int> lines, Func<int, decimal> total, Func<int, bool> totalHidden)
    {
        var hidden = lines.Where(totalHidden).OrderBy(total).ThenBy(l => l).ToList();
        var others = lines.Except(hidden).OrderBy(total).ThenBy(l => l).ToList();
        var seen = new HashSet<string>();
        for (var k = 1; k <= hidden.Count; k++)
        {
            var merged = hidden.Take(k).ToList();
            foreach (var other in others.TakeWhile(_ => merged.Count < 2 || merged.Sum(total) < SmallCellSuppression.Threshold))
            {
                merged.Add(other);
            }

            if (merged.Count >= 2 && merged.Count < lines.Count && seen.Add(string.Join(",", merged.Order())))
            {
                yield return [.. merged.Order()];
            }
        }
    }

    private static SuppressedTable Better(SuppressedTable best, SuppressedTable unmerged, StatTable merged, string label, IEnumerable<string> members)
    {
        var candidate = SmallCellSuppression.Apply(merged) with { Merged = [.. unmerged.Merged, new MergedGroup(label, members.ToList())] };
        return Score(candidate).CompareTo(Score(best)) > 0 ? candidate : best;
    }

    /// <summary>
    /// Safe first, then the fewest totals of 5 or more hidden, then what the table tells net of what it hides: each
    /// non-zero total shown counts 2 (a reader looks there first), each other non-zero figure shown 1, each hidden cell -1.
    /// </summary>
    private static (bool Safe, int TotalsShown, int Net) Score(SuppressedTable table)
    {
        var cells = table.All().ToList();
        return (
            DisclosureSolver.Disclosed(table).Count == 0,
            -cells.Count(p => SuppressionLoss.IsHiddenTotal(table, p.Row, p.Column)),
            cells.Sum(p => p.Cell.IsHidden ? -1 : p.Cell.Value == 0 ? 0 : table.Source.IsTotal(p.Row, p.Column) ? 2 : 1));
    }

    /// <summary>The rows kept in their order, then one row that adds up the merged ones.</summary>
    private static StatTable MergeRows(StatTable table, List<int> merged, string label)
    {
        var other = new StatRow(label, Enumerable.Range(0, table.Columns.Count).Select(c => merged.Sum(r => table.Rows[r].Values[c])).ToList());
        return table with { Rows = [.. table.Rows.Where((_, r) => !merged.Contains(r)), other] };
    }

    /// <summary>The columns kept in their order, then one that adds up the merged ones, before the row total when there is one.</summary>
    private static StatTable MergeColumns(StatTable table, List<int> merged, string label)
    {
        var kept = Enumerable.Range(0, table.Columns.Count).Where(c => !merged.Contains(c) && c != table.RowTotalColumn).ToList();
        List<int?> order = [.. kept.Cast<int?>(), null];
        if (table.RowTotalColumn is { } rowTotal)
        {
            order.Add(rowTotal);
        }

        StatRow Remap(StatRow row) => row with { Values = order.Select(c => c is { } kept ? row.Values[kept] : merged.Sum(m => row.Values[m])).ToList() };
        int Position(int column) => order.IndexOf(column);
        return table with
        {
            Columns = order.Select(c => c is { } kept ? table.Columns[kept] : label).ToList(),
            Rows = table.Rows.Select(Remap).ToList(),
            Total = Remap(table.Total),
            RowTotalColumn = table.RowTotalColumn is { } total ? Position(total) : null,
            MoneyCounts = table.MoneyCounts?.ToDictionary(p => Position(p.Key), p => Position(p.Value)),
        };
    }
}
