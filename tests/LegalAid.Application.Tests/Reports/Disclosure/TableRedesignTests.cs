using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Reports.Disclosure;

/// <summary>
/// The tables of the issue that asked for least-loss suppression, as the demo data gave them: Q3 2026 of all centres
/// and the year 2025. Suppressed the old way, they hid their totals and the share resolved in the client's favour.
/// </summary>
public sealed class TableRedesignTests
{
    private static readonly string[] Outcomes = ["Resolved in the client's favour", "Partially resolved", "Not resolved", "Referred elsewhere", "Client stopped contact", "Advice only"];

    [Fact]
    public void TheQ3OutcomeTable_KeepsEveryTotalOfFiveOrMore_AndTheShareResolvedInFavour()
    {
        using var _ = ReportLanguage.Use("en");
        var stat = WithRowTotals(StatisticsTables.ByOutcomeAndCategory, [.. Outcomes, "Total"],
            ("Unpaid wages or labour dispute", [4, 4, 2, 2, 4, 4]),
            ("Documents and work patent", [6, 5, 0, 0, 2, 4]),
            ("Detention or police conduct", [5, 0, 1, 0, 1, 4]),
            ("Administrative expulsion or deportation", [4, 2, 0, 0, 1, 3]),
            ("Migration registration", [3, 1, 0, 0, 0, 4]),
            ("Entry ban", [1, 2, 0, 0, 1, 4]),
            ("Document confiscation", [2, 0, 0, 0, 0, 2]),
            ("Citizenship", [1, 1, 0, 1, 0, 1]),
            ("Workplace injury", [1, 0, 0, 1, 1, 0]),
            ("Forced labour or trafficking", [2, 0, 0, 0, 0, 1]),
            ("Family and children", [1, 1, 0, 0, 0, 0]),
            ("Health care", [2, 0, 0, 0, 0, 0]),
            ("Housing", [0, 0, 0, 0, 1, 0]),
            ("Other", [0, 1, 0, 0, 0, 0]));

        var table = TableRedesign.Apply(stat, DonorTables.RedesignOf(stat.Key));

        Assert.Empty(DisclosureSolver.Disclosed(table));
        Assert.All(Enumerable.Range(0, table.RowCount + 1), r => Assert.False(table.Cells[r, table.Columns.Count - 1].IsHidden, table.Source.Rows.Append(table.Source.Total).ElementAt(r).Label));
        Assert.All(Enumerable.Range(0, table.Columns.Count), c => Assert.False(table.Cells[table.RowCount, c].IsHidden, table.Columns[c]));
        Assert.Equal(["32", "17", "27", "18", "94"], new[] { "Resolved in the client's favour", "Partially resolved", "Advice only", "Other outcomes", "Total" }.Select(c => Total(table, c)));
        Assert.Equal("20", RowTotal(table, "Unpaid wages or labour dispute"));
        Assert.Equal("34%", DerivedFigures.Share(table.Cells[table.RowCount, 0], table.Cells[table.RowCount, table.Columns.Count - 1]));

        // The sparse problems and outcomes became one row and one column each, and the report can say which; fewer than
        // half the cells hide (the old method hid 61 of 105, the favour total among them).
        Assert.Equal(["Migration registration", "Entry ban", "Document confiscation", "Citizenship", "Workplace injury", "Forced labour or trafficking", "Family and children", "Health care", "Housing", "Other"],
            Assert.Single(table.Merged, m => m.Label == "Other problems").Members);
        Assert.Equal(["Not resolved", "Referred elsewhere", "Client stopped contact"], Assert.Single(table.Merged, m => m.Label == "Other outcomes").Members);
        Assert.Equal("36", RowTotal(table, "Other problems"));
        Assert.True(table.All().Count(p => p.Cell.IsHidden) * 2 < table.All().Count(), $"{table.All().Count(p => p.Cell.IsHidden)} of {table.All().Count()} cells hidden");
    }

    [Fact]
    public void The2025CitizenshipTable_KeepsItsFemaleAndMaleTotals()
    {
        using var _ = ReportLanguage.Use("en");
        var stat = WithRowTotals(StatisticsTables.ByCitizenshipAndSex, ["Female", "Male", "Total"],
            ("Kyrgyzstan", [38, 89]),
            ("Tajikistan", [32, 69]),
            ("Uzbekistan", [20, 48]),
            ("Kazakhstan", [1, 5]),
            ("Armenia", [1, 5]),
            ("Azerbaijan", [0, 7]));

        var table = TableRedesign.Apply(stat, DonorTables.RedesignOf(stat.Key));

        Assert.Empty(DisclosureSolver.Disclosed(table));
        Assert.Equal(["92", "223", "315"], table.Row(table.RowCount).Select(c => c.Text));
        Assert.DoesNotContain(table.All(), p => stat.IsTotal(p.Row, p.Column) && p.Cell.Suppression == Suppression.Complementary);
        Assert.Equal(["38", "89", "127"], table.Row(0).Select(c => c.Text));
    }

    [Fact]
    public void ATableWithoutSmallTotals_StaysAsItWas()
    {
        // Tajikistan's 3 women hide with inner cells; merging Tajikistan and Uzbekistan would hide nothing but lose two countries.
        using var _ = ReportLanguage.Use("en");
        var stat = WithRowTotals(StatisticsTables.ByCitizenshipAndSex, ["Female", "Male", "Total"], ("Kyrgyzstan", [38, 89]), ("Tajikistan", [3, 69]), ("Uzbekistan", [20, 48]));

        var table = TableRedesign.Apply(stat, DonorTables.RedesignOf(stat.Key));

        Assert.Empty(table.Merged);
        Assert.Equal(["Kyrgyzstan", "Tajikistan", "Uzbekistan"], table.RowLabels);
    }

    [Fact]
    public void RowsThatMayFallInSeveralRows_AreNeverMerged()
    {
        using var _ = ReportLanguage.Use("en");
        var stat = WithRowTotals(StatisticsTables.ByCentreAndCategory, ["MOW", "KZN", "Total"], ("Housing", [1, 2]), ("Health care", [2, 0]), ("Unpaid wages", [40, 30])) with { TotalIsSumOfRows = false };

        var table = TableRedesign.Apply(stat, DonorTables.RedesignOf(stat.Key));

        Assert.Empty(table.Merged);
        Assert.Empty(DisclosureSolver.Disclosed(table));
    }

    /// <summary>A table whose last column sums each row and whose total row sums each column.</summary>
    private static StatTable WithRowTotals(string key, string[] columns, params (string Label, decimal[] Values)[] rows)
    {
        var statRows = rows.Select(r => new StatRow(r.Label, [.. r.Values, r.Values.Sum()])).ToList();
        var total = new StatRow("Total", Enumerable.Range(0, columns.Length).Select(c => statRows.Sum(r => r.Values[c])).ToList());
        return new StatTable(key, key, columns, statRows, total, RowTotalColumn: columns.Length - 1);
    }

    private static string Total(SuppressedTable table, string column) => table.Cells[table.RowCount, table.Columns.ToList().IndexOf(column)].Text;

    private static string RowTotal(SuppressedTable table, string row) => table.Cells[table.RowLabels.ToList().IndexOf(row), table.Columns.Count - 1].Text;
}
