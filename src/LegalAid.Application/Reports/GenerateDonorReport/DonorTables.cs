using System.Globalization;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Reports.GenerateDonorReport;

/// <summary>
/// The tables of a donor report, redesigned and suppressed, labelled in the current UI language: the breakdowns of the
/// statistics in their order, and the monthly series. Which rows and columns a breakdown may merge into "Other …" is
/// said here: categories whose records fall in one row only and whose order carries no meaning.
/// </summary>
internal sealed class DonorTables
{
    private DonorTables(IReadOnlyList<SuppressedTable> breakdowns, SuppressedTable monthly)
    {
        Breakdowns = breakdowns;
        Monthly = monthly;
    }

    public IReadOnlyList<SuppressedTable> Breakdowns { get; }

    public SuppressedTable Monthly { get; }

    public IEnumerable<SuppressedTable> All => Breakdowns.Append(Monthly);

    public InformationLoss Loss => SuppressionLoss.Of(All);

    public SuppressedTable this[string key] => Breakdowns.Single(t => t.Key == key);

    /// <param name="centreNames">Each centre's name in the report's language by its code: donors read names, not codes.</param>
    public static DonorTables Of(StatisticsReport statistics, IReadOnlyDictionary<string, string> centreNames) => new(
        statistics.Tables.Select(t => HiddenRowsLast.Apply(TableRedesign.Apply(StatisticsTables.NamingCentres(t, centreNames), RedesignOf(t.Key)))).ToList(),
        SmallCellSuppression.Apply(MonthlyTable(statistics.Months)));

    /// <summary>The key of the table of months, which is not among the statistics' breakdowns.</summary>
    public const string MonthlyKey = "Monthly";

    /// <summary>The column of referrals that helped, kept apart from the other results: the one a donor reads first.</summary>
    private const int ReferralsHelped = 1;

    /// <summary>The month labels of the monthly table and its chart.</summary>
    public static string MonthLabel(MonthFigures month, string format) => new DateOnly(month.Year, month.Month, 1).ToString(format, CultureInfo.CurrentCulture);

    /// <summary>
    /// Consultations by problem stay apart: one consultation can be about several problems, so their rows do not add up;
    /// age bands keep their order. The share resolved in the client's favour and referrals that helped keep their columns.
    /// </summary>
    public static Redesign? RedesignOf(string key) => key switch
    {
        StatisticsTables.ByCitizenshipAndSex => new(Label.Get("Report.Other.Citizenships")),
        StatisticsTables.ByChannel => new(Label.Get("Report.Other.Channels")),
        StatisticsTables.ByOutcomeAndCategory => new(Label.Get("Report.Other.Problems"), Label.Get("Report.Other.Outcomes"), [(int)CaseOutcome.ResolvedInFavour - 1]),
        StatisticsTables.Referrals => new(Label.Get("Report.Other.Partners"), Label.Get("Report.Other.Results"), [ReferralsHelped]),
        StatisticsTables.CourtResults => new(Label.Get("Report.Other.Outcomes")),
        _ => null,
    };

    public static StatTable MonthlyTable(IReadOnlyList<MonthFigures> months)
    {
        var rows = months.Select(m => new StatRow(MonthLabel(m, "MMMM yyyy"), [m.Consultations, m.NewClients, m.CasesOpened, m.CasesClosed])).ToList();
        return new StatTable(MonthlyKey, Label.Get("Report.Donor.Monthly"),
            [Label.Get("Indicator.Consultations"), Label.Get("Indicator.NewClients"), Label.Get("Indicator.CasesOpened"), Label.Get("Indicator.CasesClosed")],
            rows, new StatRow(Label.Get("Column.Total"), Enumerable.Range(0, 4).Select(c => rows.Sum(r => r.Values[c])).ToList()));
    }
}
