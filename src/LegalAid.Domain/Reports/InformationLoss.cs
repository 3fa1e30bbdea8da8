namespace LegalAid.Domain.Reports;

/// <summary>
/// What small-cell suppression cost a report's tables: how many of their cells it hid, how many of those were totals
/// of 5 or more, and the hidden inner cells' share of all the counts in the inner cells.
/// </summary>
public sealed record InformationLoss
{
    public InformationLoss(int cells, int hiddenCells, int hiddenTotals, decimal hiddenShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hiddenTotals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hiddenTotals, hiddenCells);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hiddenCells, cells);
        ArgumentOutOfRangeException.ThrowIfNegative(hiddenShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hiddenShare, 1);
        Cells = cells;
        HiddenCells = hiddenCells;
        HiddenTotals = hiddenTotals;
        HiddenShare = Math.Round(hiddenShare, 4);
    }

    public int Cells { get; }

    public int HiddenCells { get; }

    public int HiddenTotals { get; }

    /// <summary>From 0 to 1, to four decimals (hundredths of a per cent).</summary>
    public decimal HiddenShare { get; }
}
