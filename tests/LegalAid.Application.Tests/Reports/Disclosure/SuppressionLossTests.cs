using LegalAid.Application.Common.Models;
using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Application.Tests.Reports.Disclosure;

public sealed class SuppressionLossTests
{
    [Fact]
    public void TheLoss_CountsHiddenCellsAndTotals_AndTheShareOfTheInnerCountsHidden()
    {
        // Rows 2 + 8 and 30 + 60: the 2 hides with another inner cell, every total stays shown.
        var stat = new StatTable("t", "t", ["a", "b", "total"],
            [new StatRow("r0", [2, 8, 10]), new StatRow("r1", [30, 60, 90])], new StatRow("total", [32, 68, 100]), RowTotalColumn: 2);
        var table = SmallCellSuppression.Apply(stat);

        var loss = SuppressionLoss.Of([table]);

        var hidden = table.All().Where(p => p.Cell.IsHidden).ToList();
        Assert.Equal(9, loss.Cells);
        Assert.Equal(hidden.Count, loss.HiddenCells);
        Assert.Equal(0, loss.HiddenTotals);
        Assert.Equal(hidden.Sum(p => p.Cell.Value) / 100m, loss.HiddenShare);
    }

    [Fact]
    public void MoneyHiddenWithItsSmallCountOfCases_IsNotATotalHiddenToProtectAnother()
    {
        var stat = new StatTable("t", "t", ["cases", "roubles"], [new StatRow("CHE", [1, 38_328])], new StatRow("total", [1, 38_328]), MoneyCounts: new Dictionary<int, int> { [1] = 0 });

        var loss = SuppressionLoss.Of([SmallCellSuppression.Apply(stat)]);

        Assert.Equal((4, 0), (loss.HiddenCells, loss.HiddenTotals));
    }
}
