using LegalAid.Application.Reports.DonorReports;
using LegalAid.Application.Statistics.GetStatistics;

namespace LegalAid.Application.Tests.Reports;

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
        using var _ = Application.Reports.Documents.ReportLanguage.Use("ru");

        Assert.Equal(shown, SmallCellSuppression.Figure(value).Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void ATableWithoutSmallCounts_ShowsEverything()
    {
        var table = Apply(Rows([10, 20, 30], [5, 6, 11]), rowTotal: 2);

        Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(cell.IsHidden));
    }

    [Fact]
    public void ASmallCountInARowWithATotal_HidesTheSmallestOtherCellOfTheRow()
    {
        // Men, women, total: 3 women could be worked out as 40 - 37 without a second hidden cell.
        var table = Apply(Rows([37, 3, 40], [20, 30, 50]), rowTotal: 2);

        Assert.Equal(Suppression.SmallCount, table.Cells[0, 1].Suppression);
        Assert.Equal(Suppression.Complementary, table.Cells[0, 0].Suppression);
        Assert.False(table.Cells[0, 2].IsHidden);
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
    public void ZerosAndMoney_AreNeverHidden()
    {
        var stat = new StatTable("t", "t", ["opened", "roubles"], [new StatRow("a", [0, 3]), new StatRow("b", [12, 2])], new StatRow("total", [12, 5]), MoneyColumns: [1]);

        var table = SmallCellSuppression.Apply(stat);

        Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(cell.IsHidden));
    }

    [Fact]
    public void NoEquation_IsLeftWithExactlyOneHiddenCell()
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

            for (var r = 0; r < table.RowCount + 1; r++)
            {
                Assert.NotEqual(1, table.Row(r).Count(c => c.IsHidden));
            }

            for (var c = 0; c <= width; c++)
            {
                Assert.NotEqual(1, Enumerable.Range(0, table.RowCount + 1).Count(r => table.Cells[r, c].IsHidden));
            }

            Assert.All(table.Cells.Cast<SuppressedCell>(), cell => Assert.False(!cell.IsHidden && cell.Value is > 0 and < 5));
        }
    }

    private static List<decimal[]> Rows(params decimal[][] rows) => [.. rows];

    /// <summary>A table of the given rows with a total row that sums them.</summary>
    private static SuppressedTable Apply(List<decimal[]> rows, int? rowTotal)
    {
        var width = rows[0].Length;
        var total = Enumerable.Range(0, width).Select(c => rows.Sum(r => r[c])).ToList();
        var stat = new StatTable("t", "t", [.. Enumerable.Range(0, width).Select(c => $"c{c}")],
            rows.Select((r, i) => new StatRow($"r{i}", r)).ToList(), new StatRow("total", total), RowTotalColumn: rowTotal);
        return SmallCellSuppression.Apply(stat);
    }
}
