using System.Globalization;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Statistics.ExportStatistics;

/// <summary>
/// Everything the statistics page shows, as tables for files: the headline indicators against the period before and
/// the year before, the months, and every breakdown table with its total row; labelled in the current UI language.
/// </summary>
public static class StatisticsWorkbook
{
    public const string Headline = "Headline";
    public const string Months = "Months";

    /// <summary>Every table's key, in the order of <see cref="Tables"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Headline, Months, .. StatisticsTables.Keys];

    /// <summary>A table's title in the current UI language, by its key.</summary>
    public static string TitleOf(string key) => key switch
    {
        Headline => Label.Get("Statistics.Headline"),
        Months => Label.Get("Statistics.Monthly"),
        _ => StatisticsTables.Title(key),
    };

    public static IReadOnlyList<ExportTable> Tables(StatisticsReport report) =>
        [HeadlineTable(report), MonthsTable(report), .. report.Tables.Select(Breakdown)];

    /// <summary>The workbook: what it covers and how it was made on its first sheet, then <see cref="Tables"/>.</summary>
    public static ExportWorkbook Of(StatisticsReport report, IReadOnlyList<ExportFact> filters, TimeZoneInfo zone, DateTimeOffset exportedAt, string exportedBy)
    {
        var period = report.Period;
        var about = new List<ExportFact>
        {
            new(Label.Get("Export.Period"), period.ToString()),
            new(Label.Get("Statistics.PreviousPeriod"), period.Before().ToString()),
            new(Label.Get("Statistics.YearBefore"), period.AYearEarlier().ToString()),
        };
        about.AddRange(filters.Count > 0 ? filters : [new ExportFact(Label.Get("Export.Filters"), Label.Get("Export.NoFilters"))]);
        about.Add(new(Label.Get("Export.ReadAt"), Moment(report.ReadAt, zone)));
        about.Add(new(Label.Get("Export.ExportedAt"), Moment(exportedAt, zone)));
        about.Add(new(Label.Get("Export.ExportedBy"), exportedBy));
        return new ExportWorkbook(Label.Get("Export.Title"), Label.Get("Export.AboutSheet"), about, Label.Get("Export.Contents"), Tables(report));
    }

    private static ExportTable HeadlineTable(StatisticsReport report)
    {
        var changeOnPrevious = Label.Get("Export.ChangeOnPrevious");
        var changeOnYearBefore = Label.Get("Export.ChangeOnYearBefore");
        var rows = HeadlineIndicators.Of(report).Select(i => (IReadOnlyList<object?>)
        [
            Label.Get(i.LabelKey), Figure(i, i.Current), Figure(i, i.PreviousPeriod), Change(i, i.PreviousPeriod), Figure(i, i.YearBefore), Change(i, i.YearBefore),
        ]).ToList();
        return new ExportTable(Headline, TitleOf(Headline),
        [
            new(Label.Get("Export.Indicator"), CellFormat.Text), new(Label.Get("Statistics.ThisPeriod"), CellFormat.Fractional),
            new(Label.Get("Statistics.PreviousPeriod"), CellFormat.Fractional), new(changeOnPrevious, CellFormat.Percent),
            new(Label.Get("Statistics.YearBefore"), CellFormat.Fractional), new(changeOnYearBefore, CellFormat.Percent),
        ], rows);

        // A figure column holds counts, roubles, a share and a median: each figure carries its own format.
        static object? Figure(HeadlineIndicator indicator, decimal? value) =>
            value is { } figure ? new ExportNumber(indicator.Format == CellFormat.Percent ? Share(figure) : figure, indicator.Format) : null;
        static object? Change(HeadlineIndicator indicator, decimal? before) =>
            indicator.Compared && indicator.Current is { } now && before is { } earlier && PercentChange.Ratio(now, earlier) is { } ratio ? Share(ratio) : null;
    }

    private static ExportTable MonthsTable(StatisticsReport report) => new(
        Months,
        TitleOf(Months),
        [
            new(Label.Get("Export.Month"), CellFormat.Text), new(Label.Get("Indicator.Consultations"), CellFormat.Count),
            new(Label.Get("Indicator.NewClients"), CellFormat.Count), new(Label.Get("Indicator.CasesOpened"), CellFormat.Count),
            new(Label.Get("Indicator.CasesClosed"), CellFormat.Count),
        ],
        report.Months.Select(m => (IReadOnlyList<object?>)
        [
            new ExportMonth(m.Year, m.Month), (decimal)m.Consultations, (decimal)m.NewClients, (decimal)m.CasesOpened, (decimal)m.CasesClosed,
        ]).ToList());

    /// <summary>The row labels get a header of their own, and the total row comes last.</summary>
    private static ExportTable Breakdown(StatTable table) => new(
        table.Key,
        table.Title,
        [new(Label.Get($"Export.Rows.{table.Key}"), CellFormat.Text), .. table.Columns.Select((c, i) => new ExportColumn(c, table.IsMoney(i) ? CellFormat.Money : CellFormat.Count))],
        table.Rows.Append(table.Total).Select(r => (IReadOnlyList<object?>)[r.Label, .. r.Values.Cast<object?>()]).ToList())
    {
        SheetName = Label.Get($"Export.Sheet.{table.Key}"),
    };

    /// <summary>A fraction to a hundredth of a per cent, so a CSV cell reads 0.3404 rather than 28 digits.</summary>
    private static decimal Share(decimal fraction) => decimal.Round(fraction, 4);

    /// <summary>«07.12.2026 02:33 (UTC+03:00)»: the zone as an offset, which reads the same in every language.</summary>
    private static string Moment(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("g", CultureInfo.CurrentCulture)} (UTC{local.ToString("zzz", CultureInfo.InvariantCulture)})";
    }
}
