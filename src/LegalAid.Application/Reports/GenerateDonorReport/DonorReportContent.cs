using System.Globalization;
using LegalAid.Application.Common.Charts;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Models;
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
/// small count hidden: cover, narrative, headline figures against the previous period, the monthly series and
/// the breakdowns by centre, problem, citizenship, sex, age band and outcome, each with its chart.
/// </summary>
internal static class DonorReportContent
{
    public static ReportDocument Compose(GenerateDonorReport request, StatisticsReport statistics, string centres, TimeZoneInfo zone, DateTimeOffset generatedAt)
    {
        var period = $"{Date(statistics.Period.From)} – {Date(statistics.Period.To)}";
        var title = request.Title ?? string.Empty;
        var blocks = new List<ReportBlock>
        {
            new CoverPage(title, Label.Format("Report.Donor.Subtitle", Date(statistics.Period.From), Date(statistics.Period.To)),
            [
                Label.Get("Report.Donor.Title"),
                Label.Format("Report.Donor.Centres", centres),
                Label.Get("Report.Donor.Anonymised"),
            ]),
        };
        Narrative(blocks, "Report.Narrative.Introduction", request.Introduction);

        var tables = statistics.Tables.Select(SmallCellSuppression.Apply).ToDictionary(t => t.Key);
        blocks.Add(new Heading(Label.Get("Report.Donor.Summary")));
        blocks.Add(HeadlineTable(statistics, tables));
        Narrative(blocks, "Report.Narrative.Highlights", request.Highlights);

        blocks.Add(new Heading(Label.Get("Report.Donor.Monthly")));
        var months = SmallCellSuppression.Apply(MonthlyTable(statistics.Months));
        blocks.Add(TableOf(months));
        blocks.Add(new Chart(MonthlyChart(months, statistics.Months)));

        blocks.Add(new Heading(Label.Get("Report.Donor.Breakdowns")));
        var charts = statistics.Charts.ToDictionary(c => c.Key);
        foreach (var table in tables.Values)
        {
            blocks.Add(new Heading(table.Title, 2));
            blocks.Add(TableOf(table));
            if (ChartOf(table.Key) is { } chartKey && charts.TryGetValue(chartKey, out var chart))
            {
                blocks.Add(new Chart(RowTotalsChart(chart, table)));
            }
        }

        blocks.Add(new Chart(OutcomesChart(charts["Outcomes"], tables[StatisticsTables.ByOutcomeAndCategory])));
        Narrative(blocks, "Report.Narrative.Challenges", request.Challenges);
        Narrative(blocks, "Report.Narrative.NextSteps", request.NextSteps);
        blocks.Add(new Paragraph(Label.Get("Report.Donor.Anonymised"), Muted: true));

        return ReportDocument.Create(title, $"{title} · {period}", generatedAt, zone, blocks);
    }

    /// <summary>
    /// The headline figures of the period against the previous one. A figure that a breakdown table also shows as its
    /// total is hidden whenever the table hides that total, so the headline cannot undo the table's suppression.
    /// </summary>
    private static Table HeadlineTable(StatisticsReport statistics, Dictionary<string, SuppressedTable> tables)
    {
        var rows = ReportIndicators.Counts.Select(h =>
        {
            var now = Shown(SmallCellSuppression.Figure(h.Value(statistics.Current)), TotalsOf(h.Label, tables));
            var before = SmallCellSuppression.Figure(h.Value(statistics.PreviousPeriod));
            return (IReadOnlyList<string>)[Label.Get(h.Label), now.Text, before.Text, Change(now, before)];
        }).ToList();
        var recovered = Shown(MoneyOf(statistics.Current), [CaseTotal(tables, CasesByCentreColumn.Recovered)]);
        var recoveredBefore = MoneyOf(statistics.PreviousPeriod);
        rows.Add([Label.Get("Indicator.Recovered"), MoneyText(recovered), MoneyText(recoveredBefore), Change(recovered, recoveredBefore)]);
        rows.Add([Label.Get("Indicator.ResolvedInFavourShare"), Share(statistics.Current, tables[StatisticsTables.ByOutcomeAndCategory]), ShareBefore(statistics.PreviousPeriod), string.Empty]);
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

    private static SuppressedCell CaseTotal(Dictionary<string, SuppressedTable> tables, CasesByCentreColumn column)
    {
        var table = tables[StatisticsTables.CasesByCentre];
        return table.Cells[table.RowCount, (int)column];
    }

    private static SuppressedCell GrandTotal(SuppressedTable table) => table.Cells[table.RowCount, table.Columns.Count - 1];

    /// <summary>The table totals that equal a headline figure of the current period.</summary>
    private static IReadOnlyList<SuppressedCell> TotalsOf(string indicator, Dictionary<string, SuppressedTable> tables) => indicator switch
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

    private static Table TableOf(SuppressedTable table) => BreakdownTable.Of(
        table.Columns,
        Enumerable.Range(0, table.RowCount).Select(r => (table.RowLabels[r], table.Row(r).Select(c => c.Text))),
        (table.TotalLabel, table.Row(table.RowCount).Select(c => c.Text)));

    private static StatTable MonthlyTable(IReadOnlyList<MonthFigures> months)
    {
        var rows = months.Select(m => new StatRow(
            new DateOnly(m.Year, m.Month, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture),
            [m.Consultations, m.NewClients, m.CasesOpened, m.CasesClosed])).ToList();
        return new StatTable("Monthly", Label.Get("Report.Donor.Monthly"),
            [Label.Get("Indicator.Consultations"), Label.Get("Indicator.NewClients"), Label.Get("Indicator.CasesOpened"), Label.Get("Indicator.CasesClosed")],
            rows, new StatRow(Label.Get("Column.Total"), Enumerable.Range(0, 4).Select(c => rows.Sum(r => r.Values[c])).ToList()));
    }

    private static ChartModel MonthlyChart(SuppressedTable months, IReadOnlyList<MonthFigures> figures)
    {
        var labels = figures.Select(m => new DateOnly(m.Year, m.Month, 1).ToString("MMM yy", CultureInfo.CurrentCulture)).ToList();
        return new ChartModel("Monthly", Label.Get("Chart.Monthly"), Label.Get("Chart.Monthly"), ChartKind.Columns, labels,
        [
            new ChartSeries(months.Columns[0], StatisticsCharts.Palette[0], Enumerable.Range(0, months.RowCount).Select(r => months.Cells[r, 0].Drawable).ToList()),
            new ChartSeries(months.Columns[1], StatisticsCharts.Palette[1], Enumerable.Range(0, months.RowCount).Select(r => months.Cells[r, 1].Drawable).ToList()),
        ]);
    }

    /// <summary>The dashboard's chart of a table's row totals, redrawn from the suppressed cells.</summary>
    private static ChartModel RowTotalsChart(ChartModel chart, SuppressedTable table)
    {
        var last = table.Columns.Count - 1;
        var cells = Enumerable.Range(0, table.RowCount).Select(r => table.Cells[r, last]).ToList();
        var series = chart.Series[0] with { Values = cells.Select(c => c.Drawable).ToList(), ValueLabels = cells.Select(c => c.IsHidden ? c.Text : null).ToList() };
        return chart with { Categories = table.RowLabels, Series = [series] };
    }

    /// <summary>The outcomes of the closed cases, drawn from the outcome table's suppressed total row.</summary>
    private static ChartModel OutcomesChart(ChartModel chart, SuppressedTable outcomes)
    {
        var cells = Enumerable.Range(0, chart.Categories.Count).Select(c => outcomes.Cells[outcomes.RowCount, c]).ToList();
        var series = chart.Series[0] with { Values = cells.Select(c => c.Drawable).ToList(), ValueLabels = cells.Select(c => c.IsHidden ? c.Text : null).ToList() };
        return chart with { Series = [series] };
    }

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

    /// <summary>The change in per cent, only between two figures both shown.</summary>
    private static string Change(SuppressedCell now, SuppressedCell before) =>
        now.IsHidden || before.IsHidden ? string.Empty : PercentChange.Of(now.Value, before.Value) ?? string.Empty;

    /// <summary>
    /// The share resolved in the client's favour, which times the cases closed gives their number: shown only when the
    /// outcome table shows both that number and the cases closed.
    /// </summary>
    private static string Share(Indicators figures, SuppressedTable outcomes)
    {
        var favour = outcomes.Cells[outcomes.RowCount, (int)CaseOutcome.ResolvedInFavour - 1];
        return favour.IsHidden || GrandTotal(outcomes).IsHidden ? SuppressedCell.ComplementaryText : Percent(figures);
    }

    /// <summary>The period before has no table of its own: its share shows when the cases in and out of favour are each 0 or at least 5.</summary>
    private static string ShareBefore(Indicators figures)
    {
        var favour = figures.Outcomes.Single(o => o.Outcome == CaseOutcome.ResolvedInFavour).Cases;
        return SmallCellSuppression.IsSmall(favour) || SmallCellSuppression.IsSmall(figures.CasesClosed - favour) ? SuppressedCell.ComplementaryText : Percent(figures);
    }

    private static string Percent(Indicators figures) =>
        figures.ResolvedInFavourShare is { } share ? share.ToString("P0", CultureInfo.CurrentCulture) : SuppressedCell.ComplementaryText;

    /// <summary>Spelled out ("1 January 2026"), so readers of either edition cannot mistake day for month.</summary>
    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
