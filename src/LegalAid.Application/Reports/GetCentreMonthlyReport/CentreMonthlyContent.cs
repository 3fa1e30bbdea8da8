using System.Globalization;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Reports.GetCentreMonthlyReport;

/// <summary>A centre's month for its coordinator: the figures against the period before, the breakdowns, and the open cases with overdue deadlines (names included: the report stays in the centre).</summary>
internal static class CentreMonthlyContent
{
    private static readonly string[] Breakdowns = [StatisticsTables.ByChannel, StatisticsTables.ByCitizenshipAndSex, StatisticsTables.ByAgeBand, StatisticsTables.ByOutcomeAndCategory];

    public static ReportDocument Compose(string centreName, string centreCode, TimeZoneInfo zone, StatisticsReport statistics, IReadOnlyList<OverdueCase> overdue, DateOnly today, DateTimeOffset generatedAt)
    {
        var month = statistics.Period.From.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
        month = char.ToUpper(month[0], CultureInfo.CurrentCulture) + month[1..];
        var title = Label.Format("Report.Centre.Title", centreName);
        var blocks = new List<ReportBlock>
        {
            new Title(title),
            new Paragraph(month),
            new Paragraph(Label.Get("Report.Confidential"), Muted: true),
        };
        if (statistics.Period.To > today)
        {
            blocks.Add(new Paragraph(Label.Format("Report.Centre.MonthNotOver", today.ToString("d", CultureInfo.CurrentCulture))));
        }

        blocks.AddRange(
        [
            new Heading(Label.Get("Report.Centre.Figures")),
            new Table(
                [new(Label.Get("Report.Donor.Indicator"), 3), new(Label.Get("Report.Donor.ThisPeriod"), 1.2, Numeric: true), new(Label.Get("Report.Donor.PreviousPeriod"), 1.2, Numeric: true)],
                [
                    .. ReportIndicators.Counts.Select(f => (IReadOnlyList<string>)[Label.Get(f.Label), Number(f.Value(statistics.Current)), Number(f.Value(statistics.PreviousPeriod))]),
                    [Label.Get("Report.Recovered"), Units.Roubles(statistics.Current.Recovered), Units.Roubles(statistics.PreviousPeriod.Recovered)],
                ]),
        ]);

        var categories = statistics.Table(StatisticsTables.ByCentreAndCategory);
        var column = categories.Columns.ToList().IndexOf(centreCode);
        if (column >= 0)
        {
            blocks.Add(new Heading(Label.Get("Report.Centre.ByCategory"), 2));
            blocks.Add(new Table(
                [new(BreakdownTable.RowsOf(categories.Key), 3), new(Label.Get("Column.Consultations"), 1, Numeric: true)],
                categories.Rows.Where(r => r.Values[column] > 0).Select(r => (IReadOnlyList<string>)[r.Label, Number(r.Values[column])]).ToList(),
                [categories.Total.Label, Number(categories.Total.Values[column])]));
        }

        foreach (var table in Breakdowns.Select(statistics.Table))
        {
            blocks.Add(new Heading(table.Title, 2));
            blocks.Add(BreakdownTable.Of(BreakdownTable.RowsOf(table.Key), table.Columns, table.Rows.Select(r => (r.Label, r.Values.Select(Number))), (table.Total.Label, table.Total.Values.Select(Number))));
        }

        // The list is the coordinator's to act on, so it is today's, whatever the month: the heading says so.
        blocks.Add(new Heading(string.Format(CultureInfo.CurrentCulture, Label.Get("Report.Centre.Overdue"), today.ToString("d", CultureInfo.CurrentCulture))));
        blocks.Add(overdue.Count == 0 ? new Paragraph(Label.Get("Report.Case.None")) : new Table(
            [new(Label.Get("Report.Field.Number"), 1.4), new(Label.Get("Report.Field.Name"), 2.0), new(Label.Get("Report.Field.Lawyer"), 1.6), new(Label.Get("Report.Field.Type"), 1.4),
             new(Label.Get("Report.Field.DueOn"), 1.7), new(Label.Get("Report.Centre.DaysOverdue"), 0.9, Numeric: true), new(Label.Get("Report.Field.Note"), 1.3)],
            overdue.Select(o => (IReadOnlyList<string>)
            [
                o.Number, $"{o.ClientFamilyName} {o.ClientGivenName}", o.Lawyer, Label.Of(o.Type), o.DueOn.ToString("d", CultureInfo.CurrentCulture),
                (today.DayNumber - o.DueOn.DayNumber).ToString(CultureInfo.CurrentCulture), o.Note ?? string.Empty,
            ]).ToList()));

        return ReportDocument.Create(title, month, generatedAt, zone, blocks);
    }

    private static string Number(decimal value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
