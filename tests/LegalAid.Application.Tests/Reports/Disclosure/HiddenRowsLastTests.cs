using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Application.Tests.Reports.Disclosure;

/// <summary>
/// The donor report of Q3 2026 ranked "Health care" (three centre cells "&lt;5", "&lt;5", 0 and a total "x") between
/// rows of 10 and 6, which told a reader its hidden total was 6 to 8 (it was 8).
/// </summary>
public sealed class HiddenRowsLastTests
{
    [Fact]
    public void ARowWhoseRankingTotalIsHidden_FollowsTheShownRows_ByLabel_BeforeTheOtherRow()
    {
        using var _ = ReportLanguage.Use("en");
        var table = Table(ranked: true,
            ("Unpaid wages", [Shown(12), Shown(8), Shown(20)]),
            ("Documents", [Shown(6), Shown(4, Suppression.SmallCount), Shown(10)]),
            ("Health care", [Shown(4, Suppression.SmallCount), Shown(4, Suppression.SmallCount), Shown(8, Suppression.Complementary)]),
            ("Entry ban", [Shown(3, Suppression.SmallCount), Shown(3, Suppression.SmallCount), Shown(6)]),
            ("Citizenship", [Shown(2, Suppression.SmallCount), Shown(2, Suppression.SmallCount), Shown(4, Suppression.SmallCount)]),
            ("Other problems", [Shown(5), Shown(0), Shown(5)])) with { Merged = [new("Other problems", ["Housing", "Other"])] };

        var reordered = HiddenRowsLast.Apply(table);

        Assert.Equal(["Unpaid wages", "Documents", "Entry ban", "Citizenship", "Health care", "Other problems"], reordered.RowLabels);
        Assert.Equal(["<5", "<5", "x"], reordered.Row(4).Select(c => c.Text));
        Assert.Equal(["<5", "<5", "6"], reordered.Row(2).Select(c => c.Text));
        Assert.Equal(["32", "15", "47"], reordered.Row(reordered.RowCount).Select(c => c.Text));
    }

    [Fact]
    public void ATableInAnOrderOfItsOwn_KeepsIt()
    {
        var table = Table(ranked: false, ("Under 18", [Shown(3, Suppression.SmallCount), Shown(0), Shown(3, Suppression.SmallCount)]), ("18–29", [Shown(9), Shown(7), Shown(16)]));

        Assert.Same(table, HiddenRowsLast.Apply(table));
    }

    private static SuppressedCell Shown(decimal value, Suppression suppression = Suppression.None) => new(value, suppression);

    private static SuppressedTable Table(bool ranked, params (string Label, SuppressedCell[] Cells)[] rows)
    {
        var source = new StatTable("Table", "Table", ["MOW", "KZN", "Total"], [.. rows.Select(r => new StatRow(r.Label, [.. r.Cells.Select(c => c.Value)]))],
            new StatRow("Total", [32, 15, 47]), RowTotalColumn: 2, RankedBySize: ranked);
        var cells = new SuppressedCell[rows.Length + 1, 3];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                cells[r, c] = rows[r].Cells[c];
            }
        }

        cells[rows.Length, 0] = Shown(32);
        cells[rows.Length, 1] = Shown(15);
        cells[rows.Length, 2] = Shown(47);
        return new SuppressedTable(source, cells);
    }
}
