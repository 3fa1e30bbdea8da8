using LegalAid.Application.Common.Models;
using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Application.Tests.Reports.Disclosure;

public sealed class SmallCellSuppressionTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1 234")]
    public void AFigureFromOneToFour_IsShownAsLessThanFive(int value, string shown)
    {
        using var _ = Application.Common.Reports.ReportLanguage.Use("ru");

        Assert.Equal(shown, SmallCellSuppression.Figure(value).Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void ATableWithoutSmallCounts_ShowsEverything()
    {
        var table = Apply(Rows([10, 20, 30], [5, 6, 11]), rowTotal: 2);

        Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(cell.IsHidden));
    }

    [Fact]
    public void ASmallCountInAColumn_HidesAnotherCellOfTheColumn()
    {
        var table = Apply(Rows([2], [9], [40]), rowTotal: null);

        Assert.Equal("<5", table.Cells[0, 0].Text);
        Assert.Equal(Suppression.Complementary, table.Cells[1, 0].Suppression);
        Assert.False(table.Cells[2, 0].IsHidden);
        Assert.False(table.Cells[3, 0].IsHidden);
    }

    [Fact]
    public void Zeros_AreNeverHidden()
    {
        var table = Apply(Rows([0, 30, 30], [12, 0, 12]), rowTotal: 2);

        Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(cell.IsHidden));
    }

    [Fact]
    public void TheMoneyOfAHiddenCountOfCases_IsHidden_AndSoIsAnotherAmount()
    {
        // Cases with money recovered, roubles: one centre's 2 cases would otherwise show one or two migrants' settlements.
        var stat = new StatTable("t", "t", ["cases", "roubles"], [new StatRow("MOW", [2, 50_000]), new StatRow("KZN", [10, 300_000]), new StatRow("CHE", [9, 250_000])],
            new StatRow("total", [21, 600_000]), MoneyCounts: new Dictionary<int, int> { [1] = 0 });

        var table = SmallCellSuppression.Apply(stat);

        // MOW's 2 cases are "<5", CHE's 9 hide with them, and so does the money of both.
        Assert.Equal([true, false, true, false], Enumerable.Range(0, 4).Select(r => table.Cells[r, 0].IsHidden));
        Assert.Equal([true, false, true, false], Enumerable.Range(0, 4).Select(r => table.Cells[r, 1].IsHidden));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    public void SmallCountsWhoseSumGivesThemAway_GetAThirdHiddenCell(int first, int second)
    {
        // 1 + 1 = 12 - 10 can only be one and one; 4 + 4 = 18 - 10 only four and four.
        var table = Apply(Rows([first], [second], [10], [25]), rowTotal: null);

        Assert.Equal(3, Enumerable.Range(0, table.RowCount).Count(r => table.Cells[r, 0].IsHidden));
        Assert.Equal(Suppression.Complementary, table.Cells[2, 0].Suppression);
    }

    [Fact]
    public void AHiddenCellLinkingTwoHiddenBlocks_IsNotLeftToBeSolved()
    {
        // Every row and column hides two or more cells, yet a3 = row a − (column 1 + column 2 − row b) without more suppression.
        var table = Apply(Rows(
            [2, 3, 3, 20, 20, 48],
            [3, 2, 20, 20, 20, 65],
            [20, 20, 2, 3, 20, 65],
            [20, 20, 3, 2, 20, 65],
            [20, 20, 20, 20, 20, 100]), rowTotal: 5);

        Assert.Empty(Determined(table, rowTotal: 5));
    }

    [Fact]
    public void RandomTables_LeaveNoHiddenCellToBeWorkedOut()
    {
        var random = new Random(2008);
        for (var run = 0; run < 300; run++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ => Enumerable.Range(0, random.Next(1, 5)).Select(_ => (decimal)(random.Next(3) == 0 ? random.Next(0, 5) : random.Next(0, 40))).ToList())
                .ToList();
            var width = rows.Max(r => r.Count);
            var padded = rows.Select(r => r.Concat(Enumerable.Repeat(0m, width - r.Count)).Append(r.Sum()).ToArray()).ToList();
            var table = Apply(padded, rowTotal: width);

            Assert.Empty(Determined(table, rowTotal: width));
            Assert.Empty(SmallCountsGivenAwayBySum(table, rowTotal: width));
            Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(!cell.IsHidden && cell.Value is > 0 and < 5));
        }
    }

    [Fact]
    public void ASmallCountInARowAndAColumn_IsProtectedByInnerCells_AndEveryTotalStaysShown()
    {
        // 3 women in the first row: 37 men there, and 20 women and 30 men in the second, hide with it (the rectangle).
        var table = Apply(Rows([37, 3, 40], [20, 30, 50]), rowTotal: 2);

        Assert.Equal([true, true, false, true, true, false], Enumerable.Range(0, 2).SelectMany(r => table.Row(r)).Select(c => c.IsHidden));
        Assert.All(table.Row(2), total => Assert.False(total.IsHidden));
        Assert.Empty(DisclosureSolver.Disclosed(table));
    }

    [Fact]
    public void TotalsOfFiveOrMore_StayShown_WheneverSomeSetOfInnerCellsProtectsTheTable()
    {
        var random = new Random(15);
        var protectable = 0;
        for (var run = 0; run < 150; run++)
        {
            var inner = Enumerable.Range(0, random.Next(2, 4))
                .Select(_ => Enumerable.Range(0, random.Next(2, 4)).Select(_ => (decimal)(random.Next(3) == 0 ? random.Next(0, 5) : random.Next(0, 15))).ToArray())
                .ToList();
            var width = inner.Min(r => r.Length);
            var stat = Table(inner.Select(r => r[..width].Append(r[..width].Sum()).ToArray()).ToList(), rowTotal: width);

            var table = SmallCellSuppression.Apply(stat);

            Assert.Empty(DisclosureSolver.Disclosed(table));
            if (InnerCellsCanProtect(stat))
            {
                protectable++;
                Assert.DoesNotContain(table.All(), p => stat.IsTotal(p.Row, p.Column) && p.Cell.Suppression == Suppression.Complementary);
            }
        }

        Assert.True(protectable > 50, $"only {protectable} tables could be protected by inner cells");
    }

    [Fact]
    public void TheSameTable_IsAlwaysSuppressedTheSameWay()
    {
        var rows = Rows([4, 4, 2, 20, 30], [6, 5, 0, 2, 13], [5, 0, 1, 1, 7], [3, 2, 0, 1, 6]);

        var first = Apply(rows, rowTotal: 4);
        var second = Apply(rows, rowTotal: 4);

        Assert.Equal(first.All().Select(p => p.Cell), second.All().Select(p => p.Cell));
    }

    [Fact]
    public void RowsThatMayOverlapButAddUp_AreProtectedAsIfTheyCouldNot()
    {
        // A probe's donor report: every problem's total shown but Other's (2), and the total of all consultations.
        var overlapping = Table(Rows([35, 59, 94], [30, 47, 77], [2, 0, 2]), rowTotal: 2) with { TotalIsSumOfRows = false };

        var table = SmallCellSuppression.Apply(overlapping);

        Assert.Equal("<5", table.Cells[2, 2].Text);
        Assert.Empty(DisclosureSolver.Disclosed(table));
        Assert.True(Enumerable.Range(0, 4).Count(row => table.Cells[row, 2].IsHidden) >= 2);
    }

    [Fact]
    public void RowsThatDoOverlap_GiveNoColumnEquation()
    {
        var rows = Rows([35, 59, 94], [30, 47, 77], [2, 0, 2]);
        var overlapping = Table(rows, rowTotal: 2) with { TotalIsSumOfRows = false };
        var counted = overlapping with { Total = new StatRow("total", [60, 106, 166]) };

        var table = SmallCellSuppression.Apply(counted);

        Assert.Equal(("<5", "94", "77", "166"), (table.Cells[2, 2].Text, table.Cells[0, 2].Text, table.Cells[1, 2].Text, table.Cells[3, 2].Text));
    }

    private static List<decimal[]> Rows(params decimal[][] rows) => [.. rows];

    private static StatTable Table(List<decimal[]> rows, int? rowTotal)
    {
        var width = rows[0].Length;
        var total = Enumerable.Range(0, width).Select(c => rows.Sum(r => r[c])).ToList();
        return new StatTable("t", "t", [.. Enumerable.Range(0, width).Select(c => $"c{c}")],
            rows.Select((r, i) => new StatRow($"r{i}", r)).ToList(), new StatRow("total", total), RowTotalColumn: rowTotal);
    }

    /// <summary>Whether hiding some set of inner cells of 5 or more, found by trying every set, leaves nothing to work out.</summary>
    private static bool InnerCellsCanProtect(StatTable table)
    {
        var inner = table.Rows.SelectMany((row, r) => row.Values.Select((value, c) => (r, c, value)))
            .Where(p => !table.IsTotal(p.r, p.c) && p.value >= SmallCellSuppression.Threshold).ToList();
        var equations = TableEquations.Of(table);
        for (var set = 0; set < 1 << inner.Count; set++)
        {
            var cells = new SuppressedCell[table.Rows.Count + 1, table.Columns.Count];
            foreach (var (r, row) in table.Rows.Append(table.Total).Select((row, r) => (r, row)))
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    cells[r, c] = SmallCellSuppression.Figure(row.Values[c]);
                }
            }

            foreach (var (r, c, _) in inner.Where((_, i) => (set & (1 << i)) != 0))
            {
                cells[r, c] = cells[r, c] with { Suppression = Suppression.Complementary };
            }

            if (DisclosureSolver.Disclosed(cells, equations, _ => false).Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A table of the given rows with a total row that sums them.</summary>
    private static SuppressedTable Apply(List<decimal[]> rows, int? rowTotal) => SmallCellSuppression.Apply(Table(rows, rowTotal));

    /// <summary>The equations of a table with a total row and a total column: each as the list of its cells, the total last.</summary>
    private static List<List<(int Row, int Column)>> Equations(SuppressedTable table, int? rowTotal)
    {
        var rows = table.RowCount + 1;
        var columns = table.Columns.Count;
        var equations = Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToList()).ToList();
        if (rowTotal is { } total)
        {
            equations.AddRange(Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Where(c => c != total).Select(c => (r, c)).Append((r, total)).ToList()));
        }

        return equations;
    }

    /// <summary>
    /// Hidden cells the equations determine, checked independently of the suppression's own audit: a cell is
    /// determined when adding its unit vector does not raise the rank of the hidden part of the system.
    /// </summary>
    private static List<(int Row, int Column)> Determined(SuppressedTable table, int? rowTotal)
    {
        var equations = Equations(table, rowTotal);
        var hidden = equations.SelectMany(e => e).Distinct().Where(m => table.Cells[m.Row, m.Column].IsHidden).ToList();
        var system = equations.Select(e => hidden.Select(h => e.Contains(h) ? (h == e[^1] ? -1d : 1d) : 0d).ToArray()).ToList();
        var rank = Rank(system);
        return hidden.Where((_, j) => Rank([.. system, hidden.Select((_, k) => k == j ? 1d : 0d).ToArray()]) == rank).ToList();
    }

    /// <summary>Equations whose hidden cells are all "&lt;5" and add up to their count or to four times it: then each is known.</summary>
    private static List<List<(int Row, int Column)>> SmallCountsGivenAwayBySum(SuppressedTable table, int? rowTotal) =>
        Equations(table, rowTotal)
            .Where(e => e.Any(m => table.Cells[m.Row, m.Column].IsHidden)
                && e.Where(m => table.Cells[m.Row, m.Column].IsHidden).All(m => table.Cells[m.Row, m.Column].Suppression == Suppression.SmallCount && m != e[^1]))
            .Where(e =>
            {
                var hidden = e.Where(m => table.Cells[m.Row, m.Column].IsHidden).ToList();
                var sum = hidden.Sum(m => table.Cells[m.Row, m.Column].Value);
                return sum == hidden.Count || sum == 4 * hidden.Count;
            })
            .ToList();

    private static int Rank(List<double[]> matrix)
    {
        var rows = matrix.Select(r => r.ToArray()).ToList();
        var rank = 0;
        for (var column = 0; rows.Count > 0 && column < rows[0].Length && rank < rows.Count; column++)
        {
            var pivot = Enumerable.Range(rank, rows.Count - rank).FirstOrDefault(r => Math.Abs(rows[r][column]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (var r = rank + 1; r < rows.Count; r++)
            {
                var factor = rows[r][column] / rows[rank][column];
                for (var c = column; c < rows[r].Length; c++)
                {
                    rows[r][c] -= factor * rows[rank][c];
                }
            }

            rank++;
        }

        return rank;
    }
}
