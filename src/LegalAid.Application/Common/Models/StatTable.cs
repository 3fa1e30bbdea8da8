namespace LegalAid.Application.Common.Models;

/// <summary>A breakdown table, already labelled in the current UI language; cells are counts, or roubles in the columns of <paramref name="MoneyCounts"/>.</summary>
/// <param name="RowTotalColumn">The column that sums the other count columns of its row, if any.</param>
/// <param name="MoneyCounts">For each column of roubles, the column that counts the cases whose money it sums.</param>
/// <param name="TotalIsSumOfRows">False where a record can fall in several rows (a consultation about several problems).</param>
/// <param name="RankedBySize">The rows are ranked by their value in <paramref name="RowTotalColumn"/>, largest first, not in an order of their own.</param>
public sealed record StatTable(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<StatRow> Rows, StatRow Total,
    int? RowTotalColumn = null, IReadOnlyDictionary<int, int>? MoneyCounts = null, bool TotalIsSumOfRows = true, bool RankedBySize = false)
{
    public bool IsMoney(int column) => MoneyCounts?.ContainsKey(column) == true;

    /// <summary>A total: a cell of the total row (row <c>Rows.Count</c>) or of the column that sums its row.</summary>
    public bool IsTotal(int row, int column) => row == Rows.Count || column == RowTotalColumn;
}

public sealed record StatRow(string Label, IReadOnlyList<decimal> Values);
