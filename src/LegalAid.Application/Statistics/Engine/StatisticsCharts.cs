using System.Globalization;
using LegalAid.Application.Common.Charts;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>The charts of a statistics report, labelled in the current UI language.</summary>
public static class StatisticsCharts
{
    /// <summary>Okabe–Ito colours: told apart by people with colour-vision deficiencies, and in greyscale print.</summary>
    public static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    public static IReadOnlyList<ChartModel> For(Indicators current, IReadOnlyList<MonthFigures> months, IReadOnlyList<StatTable> tables)
    {
        var monthLabels = months.Select(m => new DateOnly(m.Year, m.Month, 1).ToString("MMM yy", CultureInfo.CurrentCulture)).ToList();
        var categories = tables.Single(t => t.Key == StatisticsTables.ByCentreAndCategory);
        var citizenship = tables.Single(t => t.Key == StatisticsTables.ByCitizenshipAndSex);
        var ages = tables.Single(t => t.Key == StatisticsTables.ByAgeBand);
        return
        [
            new ChartModel(
                "Monthly",
                Label.Get("Chart.Monthly"),
                Label.Get("Chart.Monthly") + ": " + string.Join("; ", monthLabels.Zip(months, (label, m) => string.Create(
                    CultureInfo.CurrentCulture, $"{label}: {Label.Get("Indicator.Consultations")} {m.Consultations:N0}, {Label.Get("Indicator.NewClients")} {m.NewClients:N0}"))),
                ChartKind.Columns,
                monthLabels,
                [
                    new ChartSeries(Label.Get("Indicator.Consultations"), Palette[0], months.Select(m => (decimal)m.Consultations).ToList()),
                    new ChartSeries(Label.Get("Indicator.NewClients"), Palette[1], months.Select(m => (decimal)m.NewClients).ToList()),
                ]),
            FromTable("Categories", Label.Get("Chart.Categories"), categories, Label.Get("Indicator.Consultations"), Palette[0]),
            FromTable("Citizenship", Label.Get("Chart.Citizenship"), citizenship, Label.Get("Indicator.UniqueClients"), Palette[2]),
            FromTable("AgeBands", Label.Get("Chart.AgeBands"), ages, Label.Get("Indicator.UniqueClients"), Palette[4]),
            new ChartModel(
                "Outcomes",
                Label.Get("Chart.Outcomes"),
                Describe(Label.Get("Chart.Outcomes"), current.Outcomes.Select(o => Label.Of(o.Outcome!.Value)), current.Outcomes.Select(o => (decimal)o.Cases)),
                ChartKind.Bars,
                current.Outcomes.Select(o => Label.Of(o.Outcome!.Value)).ToList(),
                [new ChartSeries(Label.Get("Indicator.CasesClosed"), Palette[3], current.Outcomes.Select(o => (decimal)o.Cases).ToList())]),
        ];
    }

    /// <summary>A bar chart of a table's last column (its row totals).</summary>
    private static ChartModel FromTable(string key, string title, StatTable table, string series, string colour)
    {
        var labels = table.Rows.Select(r => r.Label).ToList();
        var values = table.Rows.Select(r => r.Values[^1]).ToList();
        return new ChartModel(key, title, Describe(title, labels, values), ChartKind.Bars, labels, [new ChartSeries(series, colour, values)]);
    }

    private static string Describe(string title, IEnumerable<string> labels, IEnumerable<decimal> values) =>
        title + ": " + string.Join("; ", labels.Zip(values, (label, value) => string.Create(CultureInfo.CurrentCulture, $"{label} {value:N0}")));
}
