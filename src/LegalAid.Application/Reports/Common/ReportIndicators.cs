using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Reports.Common;

/// <summary>The counted indicators the reports list, in order, with their label keys.</summary>
internal static class ReportIndicators
{
    public static readonly IReadOnlyList<(string Label, Func<Indicators, decimal> Value)> Counts =
    [
        ("Indicator.Consultations", i => i.Consultations),
        ("Indicator.UniqueClients", i => i.UniqueClients),
        ("Indicator.NewClients", i => i.NewClients),
        ("Indicator.CasesOpened", i => i.CasesOpened),
        ("Indicator.CasesClosed", i => i.CasesClosed),
        ("Indicator.OpenAtPeriodEnd", i => i.OpenAtPeriodEnd),
        ("Indicator.CasesWithRecovery", i => i.CasesWithRecovery),
        ("Indicator.CourtRepresentations", i => i.CourtRepresentations),
        ("Indicator.CasesWithCourtRepresentation", i => i.CasesWithCourtRepresentation),
        ("Indicator.RepeatClients", i => i.RepeatClients),
    ];
}
