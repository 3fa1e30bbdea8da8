using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>One headline figure for the period, the period before and the year before; null where it has no value (no case closed).</summary>
/// <param name="LabelKey">The indicator's label, such as "Indicator.Consultations".</param>
/// <param name="Compared">Whether the change against the earlier periods is shown: for counts and money, not for shares and medians.</param>
public sealed record HeadlineIndicator(string LabelKey, CellFormat Format, decimal? Current, decimal? PreviousPeriod, decimal? YearBefore, bool Compared);

/// <summary>The headline indicators of a report, in the order the dashboard and the exports show them.</summary>
public static class HeadlineIndicators
{
    public static IReadOnlyList<HeadlineIndicator> Of(StatisticsReport report)
    {
        var (c, p, y) = (report.Current, report.PreviousPeriod, report.YearBefore);
        HeadlineIndicator Count(string key, Func<Indicators, decimal> figure, CellFormat format = CellFormat.Count) =>
            new(key, format, figure(c), figure(p), figure(y), Compared: true);
        HeadlineIndicator Rate(string key, Func<Indicators, decimal?> figure, CellFormat format) =>
            new(key, format, figure(c), figure(p), figure(y), Compared: false);

        return
        [
            Count("Indicator.Consultations", i => i.Consultations),
            Count("Indicator.UniqueClients", i => i.UniqueClients),
            Count("Indicator.NewClients", i => i.NewClients),
            Count("Indicator.CasesOpened", i => i.CasesOpened),
            Count("Indicator.CasesClosed", i => i.CasesClosed),
            Count("Indicator.OpenAtPeriodEnd", i => i.OpenAtPeriodEnd),
            Count("Indicator.Recovered", i => i.Recovered, CellFormat.Money),
            Count("Indicator.CasesWithRecovery", i => i.CasesWithRecovery),
            Count("Indicator.CourtRepresentations", i => i.CourtRepresentations),
            Count("Indicator.CasesWithCourtRepresentation", i => i.CasesWithCourtRepresentation),
            Count("Indicator.RepeatClients", i => i.RepeatClients),
            Rate("Indicator.ResolvedInFavourShare", i => i.ResolvedInFavourShare, CellFormat.Percent),
            Rate("Indicator.MedianDaysToClose", i => i.MedianDaysToClose, CellFormat.Fractional),
        ];
    }
}
