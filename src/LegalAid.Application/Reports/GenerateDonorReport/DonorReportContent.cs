using LegalAid.Application.Common.Charts;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Reports.GenerateDonorReport;

/// <summary>
/// The donor report, built from aggregated statistics only (no client record is ever read for it), with every
/// small count hidden: cover (with the suppression rules), narrative, headline figures against the previous period,
/// the monthly series and the breakdowns by centre, problem, citizenship, sex, age band and outcome, each with its
/// chart, and a note under each table that merged rows or columns.
/// </summary>
internal static class DonorReportContent
{
    public static ReportDocument Compose(GenerateDonorReport request, StatisticsReport statistics, DonorTables tables, string centres, TimeZoneInfo zone, DateTimeOffset generatedAt)
    {
        var period = $"{Cultures.SpelledOut(statistics.Period.From)} – {Cultures.SpelledOut(statistics.Period.To)}";
        var title = request.Title ?? string.Empty;
        var blocks = new List<ReportBlock>
        {
            new CoverPage(title, Label.Format("Report.Donor.Subtitle", Cultures.SpelledOut(statistics.Period.From), Cultures.SpelledOut(statistics.Period.To)),
            [
                Label.Get("Report.Donor.Title"),
                Label.Format("Report.Donor.Centres", centres),
                Label.Get("Report.Donor.Anonymised"),
                Label.Get("Report.Donor.SuppressionRule"),
                Label.Get("Report.Donor.DerivedRule"),
            ]),
        };
        Narrative(blocks, "Report.Narrative.Introduction", request.Introduction);

        blocks.Add(new Heading(Label.Get("Report.Donor.Summary")));
        blocks.Add(HeadlineTable(statistics, tables));
        Narrative(blocks, "Report.Narrative.Highlights", request.Highlights);

        blocks.Add(new Heading(Label.Get("Report.Donor.Monthly")));
        blocks.Add(TableOf(tables.Monthly));
        blocks.Add(new Chart(MonthlyChart(tables.Monthly, statistics.Months)));

        blocks.Add(new Heading(Label.Get("Report.Donor.Breakdowns")));
        var charts = statistics.Charts.ToDictionary(c => c.Key);
        foreach (var table in tables.Breakdowns)
        {
            blocks.Add(new Heading(table.Title, 2));
            blocks.Add(TableOf(table));
            if (table.RowCount > 0 && ChartOf(table.Key) is { } chartKey && charts.TryGetValue(chartKey, out var chart))
            {
                blocks.Add(new Chart(RowTotalsChart(chart, table)));
            }
        }

        blocks.Add(new Chart(OutcomesChart(charts["Outcomes"], tables[StatisticsTables.ByOutcomeAndCategory])));
        Narrative(blocks, "Report.Narrative.Challenges", request.Challenges);
        Narrative(blocks, "Report.Narrative.NextSteps", request.NextSteps);
        blocks.Add(new Paragraph(Label.Get("Report.Donor.Anonymised"), Muted: true));

        return ReportDocument.Create(title, period, generatedAt, zone, blocks);
    }

    /// <summary>
    /// The headline figures of the period against the previous one. A figure that a breakdown table also shows as its
    /// total is hidden whenever the table hides that total, so the headline cannot undo the table's suppression.
    /// </summary>
    private static Table HeadlineTable(StatisticsReport statistics, DonorTables tables)
    {
        var rows = ReportIndicators.Counts.Select(h =>
        {
            var now = Shown(SmallCellSuppression.Figure(h.Value(statistics.Current)), TotalsOf(h.Label, tables));
            var before = SmallCellSuppression.Figure(h.Value(statistics.PreviousPeriod));
            return (IReadOnlyList<string>)[Label.Get(h.Label), now.Text, before.Text, DerivedFigures.Change(now, before)];
        }).ToList();
        var recovered = Shown(MoneyOf(statistics.Current), [CaseTotal(tables, CasesByCentreColumn.Recovered)]);
        var recoveredBefore = MoneyOf(statistics.PreviousPeriod);
        rows.Add([Label.Get("Report.Recovered"), MoneyText(recovered), MoneyText(recoveredBefore), DerivedFigures.Change(recovered, recoveredBefore)]);
        rows.Add([Label.Get("Indicator.ResolvedInFavourShare"), FavourShare(tables[StatisticsTables.ByOutcomeAndCategory]), FavourShareBefore(statistics.PreviousPeriod), string.Empty]);
        return new Table(
            [new(Label.Get("Report.Donor.Indicator"), 3), new(Label.Get("Report.Donor.ThisPeriod"), 1.2, Numeric: true), new(Label.Get("Report.Donor.PreviousPeriod"), 1.2, Numeric: true), new(Label.Get("Report.Donor.Change"), 1, Numeric: true)],
            rows);
    }

    /// <summary>The columns of the cases-by-centre table, whose total row repeats headline figures.</summary>
    private enum CasesByCentreColumn
    {
        Opened,
        Closed,
        OpenAtEnd,
        WithRecovery,
        Recovered,
    }

    private static SuppressedCell CaseTotal(DonorTables tables, CasesByCentreColumn column)
    {
        var table = tables[StatisticsTables.CasesByCentre];
        return table.Cells[table.RowCount, (int)column];
    }

    private static SuppressedCell GrandTotal(SuppressedTable table) => table.Cells[table.RowCount, table.Columns.Count - 1];

    /// <summary>The table totals that equal a headline figure of the current period.</summary>
    private static IReadOnlyList<SuppressedCell> TotalsOf(string indicator, DonorTables tables) => indicator switch
    {
        "Indicator.Consultations" => [GrandTotal(tables[StatisticsTables.ByChannel])],
        "Indicator.UniqueClients" => [GrandTotal(tables[StatisticsTables.ByCitizenshipAndSex]), GrandTotal(tables[StatisticsTables.ByAgeBand])],
        "Indicator.CasesOpened" => [CaseTotal(tables, CasesByCentreColumn.Opened)],
        "Indicator.CasesClosed" => [CaseTotal(tables, CasesByCentreColumn.Closed), GrandTotal(tables[StatisticsTables.ByOutcomeAndCategory])],
        "Indicator.OpenAtPeriodEnd" => [CaseTotal(tables, CasesByCentreColumn.OpenAtEnd)],
        "Indicator.CasesWithRecovery" => [CaseTotal(tables, CasesByCentreColumn.WithRecovery)],
        "Indicator.CasesWithCourtRepresentation" => [GrandTotal(tables[StatisticsTables.CourtResults])],
        _ => [],
    };

    private static SuppressedCell Shown(SuppressedCell figure, IReadOnlyList<SuppressedCell> sameInTables) =>
        figure.IsHidden || !sameInTables.Any(c => c.IsHidden) ? figure : figure with { Suppression = Suppression.Complementary };

    /// <summary>Money recovered, hidden when it sums the money of one to four cases.</summary>
    private static SuppressedCell MoneyOf(Indicators figures) =>
        new(figures.Recovered, SmallCellSuppression.IsSmall(figures.CasesWithRecovery) ? Suppression.Complementary : Suppression.None);

    private static string MoneyText(SuppressedCell money) => money.IsHidden ? money.Text : Units.Roubles(money.Value);

    /// <summary>The share resolved in the client's favour: the outcome table's total of that outcome out of all its closed cases.</summary>
    private static string FavourShare(SuppressedTable outcomes) =>
        DerivedFigures.Share(outcomes.Cells[outcomes.RowCount, outcomes.Columns.ToList().IndexOf(Label.Of(CaseOutcome.ResolvedInFavour))], GrandTotal(outcomes));

    /// <summary>The period before has no table of its own: its share follows the same rule from its figures.</summary>
    private static string FavourShareBefore(Indicators figures) => DerivedFigures.Share(
        SmallCellSuppression.Figure(figures.Outcomes.Single(o => o.Outcome == CaseOutcome.ResolvedInFavour).Cases),
        SmallCellSuppression.Figure(figures.CasesClosed));

    /// <summary>The table, and under it what each of its "Other …" rows or columns brings together, or which rows its total alone stands for.</summary>
    private static Table TableOf(SuppressedTable table) => BreakdownTable.Of(
        table.Key == DonorTables.MonthlyKey ? Label.Get("Report.Donor.Month") : BreakdownTable.RowsOf(table.Key),
        table.Columns,
        Enumerable.Range(0, table.RowCount).Select(r => (table.RowLabels[r], table.Row(r).Select(c => c.Text))),
        (table.TotalLabel, table.Row(table.RowCount).Select(c => c.Text)),
        table.Merged.Count == 0 ? null : string.Join(" ", table.Merged.Select(m => m.Label == table.TotalLabel
            ? Label.Format("Report.Donor.RowsWithheld", string.Join(", ", m.Members))
            : Label.Format("Report.Donor.Merged", m.Label, string.Join(", ", m.Members)))));

    private static ChartModel MonthlyChart(SuppressedTable months, IReadOnlyList<MonthFigures> figures)
    {
        var labels = figures.Select(m => DonorTables.MonthLabel(m, "MMM yy")).ToList();
        var consultations = Enumerable.Range(0, months.RowCount).Select(r => months.Cells[r, 0]).ToList();
        var newClients = Enumerable.Range(0, months.RowCount).Select(r => months.Cells[r, 1]).ToList();
        return new ChartModel("Monthly", Label.Get("Chart.Monthly"), Describe(Label.Get("Chart.Monthly"), labels, consultations), ChartKind.Columns, labels,
            [SeriesOf(months.Columns[0], StatisticsCharts.Palette[0], consultations), SeriesOf(months.Columns[1], StatisticsCharts.Palette[1], newClients)],
            Label.Get("Chart.HiddenValue"));
    }

    /// <summary>The dashboard's chart of a table's row totals, redrawn from the suppressed cells.</summary>
    private static ChartModel RowTotalsChart(ChartModel chart, SuppressedTable table)
    {
        var cells = Enumerable.Range(0, table.RowCount).Select(r => table.Cells[r, table.Columns.Count - 1]).ToList();
        return chart with
        {
            Description = Describe(chart.Title, table.RowLabels, cells),
            Categories = table.RowLabels,
            Series = [SeriesOf(chart.Series[0].Name, chart.Series[0].Colour, cells)],
            HiddenNote = Label.Get("Chart.HiddenValue"),
        };
    }

    /// <summary>The outcomes of the closed cases, drawn from the outcome table's total row (its outcome columns, "Other outcomes" included).</summary>
    private static ChartModel OutcomesChart(ChartModel chart, SuppressedTable outcomes)
    {
        var columns = Enumerable.Range(0, outcomes.Columns.Count).Where(c => c != outcomes.Source.RowTotalColumn).ToList();
        var labels = columns.Select(c => outcomes.Columns[c]).ToList();
        var cells = columns.Select(c => outcomes.Cells[outcomes.RowCount, c]).ToList();
        return chart with
        {
            Description = Describe(chart.Title, labels, cells),
            Categories = labels,
            Series = [SeriesOf(chart.Series[0].Name, chart.Series[0].Colour, cells)],
            HiddenNote = Label.Get("Chart.HiddenValue"),
        };
    }

    /// <summary>A series of shown values and of hidden ones, which carry their mark and nothing of their value.</summary>
    private static ChartSeries SeriesOf(string name, string colour, IReadOnlyList<SuppressedCell> cells) =>
        new(name, colour, cells.Select(c => c.IsHidden ? 0 : c.Value).ToList(), cells.Any(c => c.IsHidden) ? cells.Select(c => c.Mark).ToList() : null);

    private static string Describe(string title, IEnumerable<string> labels, IEnumerable<SuppressedCell> cells) =>
        title + ": " + string.Join("; ", labels.Zip(cells, (label, cell) => $"{label} {cell.Text}"));

    private static string? ChartOf(string table) => table switch
    {
        StatisticsTables.ByCentreAndCategory => "Categories",
        StatisticsTables.ByCitizenshipAndSex => "Citizenship",
        StatisticsTables.ByAgeBand => "AgeBands",
        _ => null,
    };

    private static void Narrative(List<ReportBlock> blocks, string heading, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(new Heading(Label.Get(heading)));
            blocks.Add(new Paragraph(Text.Normalize(text)));
        }
    }
}
