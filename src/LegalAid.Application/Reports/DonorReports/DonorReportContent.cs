using System.Globalization;
using LegalAid.Application.Reports.Documents;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Charts;
using LegalAid.Application.Statistics.GetStatistics;

namespace LegalAid.Application.Reports.DonorReports;

/// <summary>
/// The donor report, built from aggregated statistics only (no client record is ever read for it), with every
/// small count hidden: cover, narrative, headline figures against the previous period, the monthly series and
/// the breakdowns by centre, problem, citizenship, sex, age band and outcome, each with its chart.
/// </summary>
internal static class DonorReportContent
{
    public static ReportDocument Compose(GenerateDonorReport.GenerateDonorReport request, StatisticsReport statistics, string centres, DateTimeOffset generatedAt)
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

        blocks.Add(new Heading(Label.Get("Report.Donor.Summary")));
        blocks.Add(HeadlineTable(statistics));
        Narrative(blocks, "Report.Narrative.Highlights", request.Highlights);

        blocks.Add(new Heading(Label.Get("Report.Donor.Monthly")));
        var months = SmallCellSuppression.Apply(MonthlyTable(statistics.Months));
        blocks.Add(TableOf(months));
        blocks.Add(new Chart(MonthlyChart(months, statistics.Months)));

        blocks.Add(new Heading(Label.Get("Report.Donor.Breakdowns")));
        var charts = statistics.Charts.ToDictionary(c => c.Key);
        foreach (var stat in statistics.Tables)
        {
            var table = SmallCellSuppression.Apply(stat);
            blocks.Add(new Heading(table.Title, 2));
            blocks.Add(TableOf(table));
            if (ChartOf(stat.Key) is { } chartKey && charts.TryGetValue(chartKey, out var chart))
            {
                blocks.Add(new Chart(RowTotalsChart(chart, table)));
            }
        }

        blocks.Add(new Chart(OutcomesChart(charts["Outcomes"], statistics.Current)));
        Narrative(blocks, "Report.Narrative.Challenges", request.Challenges);
        Narrative(blocks, "Report.Narrative.NextSteps", request.NextSteps);
        blocks.Add(new Paragraph(Label.Get("Report.Donor.Anonymised"), Muted: true));

        return ReportDocument.Create(title, $"{title} · {period}", generatedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"), blocks);
    }

    private static Table HeadlineTable(StatisticsReport statistics)
    {
        var rows = ReportIndicators.Counts.Select(h =>
        {
            var now = SmallCellSuppression.Figure(h.Value(statistics.Current));
            var before = SmallCellSuppression.Figure(h.Value(statistics.PreviousPeriod));
            return (IReadOnlyList<string>)[Label.Get(h.Label), now.Text, before.Text, Change(now, before)];
        }).ToList();
        rows.Add([Label.Get("Indicator.Recovered"), Money(statistics.Current.Recovered), Money(statistics.PreviousPeriod.Recovered), Change(statistics.Current.Recovered, statistics.PreviousPeriod.Recovered)]);
        rows.Add([Label.Get("Indicator.ResolvedInFavourShare"), Share(statistics.Current), Share(statistics.PreviousPeriod), string.Empty]);
        return new Table(
            [new(Label.Get("Report.Donor.Indicator"), 3), new(Label.Get("Report.Donor.ThisPeriod"), 1.2, Numeric: true), new(Label.Get("Report.Donor.PreviousPeriod"), 1.2, Numeric: true), new(Label.Get("Report.Donor.Change"), 1, Numeric: true)],
            rows);
    }

    private static Table TableOf(SuppressedTable table) => new(
        [new(string.Empty, 2.6), .. table.Columns.Select(c => new TableColumn(c, 1, Numeric: true))],
        Enumerable.Range(0, table.RowCount).Select(r => (IReadOnlyList<string>)[table.RowLabels[r], .. table.Row(r).Select(c => c.Text)]).ToList(),
        [table.TotalLabel, .. table.Row(table.RowCount).Select(c => c.Text)]);

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

    private static ChartModel OutcomesChart(ChartModel chart, Indicators current)
    {
        var cells = current.Outcomes.Select(o => SmallCellSuppression.Figure(o.Cases)).ToList();
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
            blocks.Add(new Paragraph(text.Trim()));
        }
    }

    /// <summary>The change in per cent, only between two figures both shown.</summary>
    private static string Change(SuppressedCell now, SuppressedCell before) =>
        now.IsHidden || before.IsHidden ? string.Empty : Change(now.Value, before.Value);

    private static string Change(decimal now, decimal before) =>
        before == 0 ? string.Empty : ((now - before) / before).ToString("+0%;-0%;0%", CultureInfo.CurrentCulture);

    private static string Share(Indicators figures) =>
        figures.ResolvedInFavourShare is { } share && !SmallCellSuppression.IsSmall(figures.CasesClosed)
            ? share.ToString("P0", CultureInfo.CurrentCulture)
            : SuppressedCell.ComplementaryText;

    private static string Money(decimal roubles) => roubles.ToString("N0", CultureInfo.CurrentCulture) + " ₽";

    /// <summary>Spelled out ("1 January 2026"), so readers of either edition cannot mistake day for month.</summary>
    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
