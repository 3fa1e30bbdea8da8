using System.Text.Json;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Statistics.GetStatistics;

namespace LegalAid.Application.Tests.Common;

/// <summary>Every figure of the dashboard and of a donor report's tables and charts for a period, as programme staff read them.</summary>
internal static class ProgrammeFigures
{
    /// <summary>
    /// The figures, read ten minutes after the last change, as JSON to compare, the dashboard's without the tables
    /// <paramref name="leftOut"/> names; the app then acts as programme staff.
    /// </summary>
    public static async Task<(string Statistics, string DonorReport)> ReadAsync(TestApp app, DateOnly from, DateOnly to, params string[] leftOut)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        app.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        var statistics = await app.SendAsync(new GetStatistics(from, to));
        var report = DonorReportContent.Compose(
            new GenerateDonorReport { From = from, To = to, Language = "en", Title = "Before and after" }, statistics, DonorTables.Of(statistics, TestApp.CentreNamesInEnglish), "MOW, KZN, CHE", TimeZoneInfo.Utc, app.Clock.GetUtcNow());
        return (
            JsonSerializer.Serialize(new { statistics.Current, statistics.PreviousPeriod, statistics.YearBefore, statistics.Months, Tables = statistics.Tables.Where(t => !leftOut.Contains(t.Key)) }),
            JsonSerializer.Serialize(report.Blocks.OfType<Table>().Select(t => new { t.Rows, t.Total }).Concat<object>(report.Blocks.OfType<Chart>().Select(c => c.Model.Series))));
    }
}
