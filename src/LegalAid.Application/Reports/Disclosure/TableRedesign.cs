using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>What a table may merge before suppression: rows into one "Other …" row, columns (but those kept) into one "Other …" column.</summary>
/// <param name="OtherRows">The merged row's label; null when rows stay apart (a record may fall in several rows, or their order matters).</param>
/// <param name="OtherColumns">The merged column's label; null when columns stay apart.</param>
/// <param name="KeptColumns">Columns never merged, such as one a derived figure reads; totals and money are never merged either.</param>
internal sealed record Redesign(string? OtherRows, string? OtherColumns = null, IReadOnlyList<int>? KeptColumns = null);

/// <summary>
/// Table redesign before suppression, as statistical offices do it: small, sparse rows and columns (see
/// <see cref="IsSparse"/>) merge into one "Other …" row or column. Step by step,
/// each candidate merges the smallest 1, 2, … sparse rows (or columns) into the "Other …" one, completed with the
/// smallest others while fewer than two merge or they add up to less than 5; the best candidate by <see cref="Score"/>
/// is taken while it does better than the table as it stands. One row (column) at least stays apart, or the table would
/// only repeat its total; but a table no merge can protect shows its total row alone. The table remembers what was
/// merged, so the report can say so.
/// </summary>
internal static class TableRedesign
{
    public static SuppressedTable Apply(StatTable table, Redesign? redesign)
    {
        var best = SmallCellSuppression.Apply(table);
        if (redesign is null)
        {
            return best;
        }

        var kept = (redesign.KeptColumns ?? []).Select(c => table.Columns[c]).ToHashSet();
        var rowShare = RowTotal(table) is { } rowTotal ? table.Total.Values[rowTotal] / Math.Max(1, table.Rows.Count) : 0;
        var mergeable = Mergeable(table, kept);
        var columnShare = mergeable.Sum(c => table.Total.Values[c]) / Math.Max(1, mergeable.Count);
        var score = Score(best);
        while (true)
        {
            var candidates = RowMerges(best, redesign.OtherRows, rowShare).Concat(ColumnMerges(best, redesign.OtherColumns, kept, columnShare))
                .Select(candidate => (Table: candidate, Score: Score(candidate)))
                .ToList();
            var next = candidates.Count == 0 ? default : candidates.MaxBy(c => c.Score);
            if (next.Table is null || next.Score.CompareTo(score) <= 0)
            {
                return score.Safe || redesign.OtherRows is null || RowTotal(table) is null
                    ? best with { Merged = best.Merged.Select(g => g with { Members = InOrder(g.Members, table) }).ToList() }
                    : RowsWithheld(best, table, redesign.OtherRows);
            }

            (best, score) = next;
        }
    }

    /// <summary>
    /// The last resort for a table too sparse to protect however its rows merge (six referrals to five partners, one
    /// or two each): its total row alone, remembering which rows it adds up.
    /// </summary>
    private static SuppressedTable RowsWithheld(SuppressedTable best, StatTable table, string otherRows)
    {
        var totalOnly = best.Source with { Rows = [] };
        var columns = best.Merged.Where(g => g.Label != otherRows).Select(g => g with { Members = InOrder(g.Members, table) });
        return SmallCellSuppression.Apply(totalOnly) with { Merged = [.. columns, new MergedGroup(totalOnly.Total.Label, table.Rows.Select(r => r.Label).ToList())] };
    }

    /// <summary>The column that sums each row, or the only column; null when rows cannot merge, a record falling in several of them.</summary>
    private static int? RowTotal(StatTable table) => table.TotalIsSumOfRows ? table.RowTotalColumn ?? (table.Columns.Count == 1 ? 0 : null) : null;

    /// <summary>The columns that may merge: counts that are not totals, not kept, and no money reads.</summary>
    private static List<int> Mergeable(StatTable table, HashSet<string> kept) => Enumerable.Range(0, table.Columns.Count)
        .Where(c => c != table.RowTotalColumn && !table.IsMoney(c) && table.MoneyCounts?.Values.Contains(c) != true && !kept.Contains(table.Columns[c]))
        .ToList();

    private static IEnumerable<SuppressedTable> RowMerges(SuppressedTable current, string? label, decimal share)
    {
        var source = current.Source;
        if (label is null || RowTotal(source) is not { } rowTotal)
        {
            yield break;
        }

        var rows = Enumerable.Range(0, source.Rows.Count).ToList();
        var other = Existing(current, label, source.Rows.Select(r => r.Label).ToList());
        var inner = Enumerable.Range(0, source.Columns.Count).Where(c => c != source.RowTotalColumn && !source.IsMoney(c)).ToList();
        bool Sparse(int row) => IsSparse(current.Cells[row, rowTotal], share, inner.Select(c => current.Cells[row, c]));
        foreach (var merged in Merges(rows, other, r => source.Rows[r].Values[rowTotal], Sparse))
        {
            yield return Suppressed(MergeRows(source, merged, label), current, label, merged.Select(r => source.Rows[r].Label));
        }
    }

    private static IEnumerable<SuppressedTable> ColumnMerges(SuppressedTable current, string? label, HashSet<string> kept, decimal share)
    {
        if (label is null)
        {
            yield break;
        }

        var source = current.Source;
        var columns = Mergeable(source, kept);
        var other = Existing(current, label, source.Columns);
        bool Sparse(int column) => IsSparse(current.Cells[current.RowCount, column], share, Enumerable.Range(0, current.RowCount).Select(r => current.Cells[r, column]));
        foreach (var merged in Merges(columns, other, c => source.Total.Values[c], Sparse))
        {
            yield return Suppressed(MergeColumns(source, merged, label), current, label, merged.Select(c => source.Columns[c]));
        }
    }

    /// <summary>The "Other …" line an earlier step made, which any further merge joins.</summary>
    private static int? Existing(SuppressedTable current, string label, IReadOnlyList<string> labels) =>
        current.Merged.Any(g => g.Label == label) ? labels.ToList().IndexOf(label) : null;

    /// <summary>
    /// A line worth merging: sparse (suppression hides its total, or most of its non-zero figures are counts from 1 to
    /// 4) and small (under an even share of the original table's total, or under twice the threshold, so that at most
    /// one of its figures is 5 or more). A large category stays apart even when its cells hide: merging it would lose
    /// more than it saves.
    /// </summary>
    private static bool IsSparse(SuppressedCell total, decimal share, IEnumerable<SuppressedCell> cells)
    {
        var counted = cells.Where(c => c.Value != 0).ToList();
        return (total.IsHidden || counted.Count(c => c.Suppression == Suppression.SmallCount) * 2 > counted.Count)
            && (total.Value < share || total.Value < 2 * SmallCellSuppression.Threshold);
    }

    /// <summary>
    /// The "Other …" line (if any) with the smallest 1, 2, … sparse lines, each completed with the smallest lines left
    /// as needed, in table order; never every line.
    /// </summary>
    private static IEnumerable<List<int>> Merges(List<int> lines, int? other, Func<int, decimal> total, Func<int, bool> sparse)
    {
        var candidates = lines.Where(l => l != other && sparse(l)).OrderBy(total).ThenBy(l => l).ToList();
        var seen = new HashSet<string>();
        for (var k = 1; k <= candidates.Count; k++)
        {
            List<int> merged = [.. other is { } o ? [o] : Array.Empty<int>(), .. candidates.Take(k)];
            var rest = lines.Except(merged).OrderBy(total).ThenBy(l => l).ToList();
            foreach (var completing in rest.TakeWhile(_ => merged.Count < 2 || merged.Sum(total) < SmallCellSuppression.Threshold))
            {
                merged.Add(completing);
            }

            if (merged.Count >= 2 && merged.Count < lines.Count && seen.Add(string.Join(",", merged.Order())))
            {
                yield return [.. merged.Order()];
            }
        }
    }

    /// <summary>The merged table suppressed, remembering what its "Other …" line holds: what it held before and the lines merged now.</summary>
    private static SuppressedTable Suppressed(StatTable merged, SuppressedTable current, string label, IEnumerable<string> lines)
    {
        var before = current.Merged.SingleOrDefault(g => g.Label == label);
        var members = lines.SelectMany(l => l == label && before is not null ? before.Members : [l]).ToList();
        return SmallCellSuppression.Apply(merged) with { Merged = [.. current.Merged.Where(g => g.Label != label), new MergedGroup(label, members)] };
    }

    /// <summary>Members in the order of the original table's rows, or of its columns.</summary>
    private static List<string> InOrder(IReadOnlyList<string> members, StatTable table)
    {
        var labels = table.Rows.Select(r => r.Label).Concat(table.Columns).ToList();
        return [.. members.OrderBy(labels.IndexOf)];
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
