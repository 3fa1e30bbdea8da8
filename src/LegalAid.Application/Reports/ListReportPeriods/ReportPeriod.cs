namespace LegalAid.Application.Reports.ListReportPeriods;

/// <summary>A reporting period programme staff can pick instead of typing dates: a quarter, a half-year or a year.</summary>
/// <param name="Kind">Quarter, Half or Year; with <paramref name="Number"/> it names the period in the user's language.</param>
public sealed record ReportPeriod(string Key, string Kind, int Year, int Number, DateOnly From, DateOnly To)
{
    /// <summary>The last four quarters, two half-years and two years that have ended by <paramref name="today"/>, newest first.</summary>
    public static IReadOnlyList<ReportPeriod> Recent(DateOnly today)
    {
        var quarters = Ended(today, months: 3, count: 4, (year, n) => ($"{year}-Q{n}", "Quarter"));
        var halves = Ended(today, months: 6, count: 2, (year, n) => ($"{year}-H{n}", "Half"));
        var years = Ended(today, months: 12, count: 2, (year, _) => ($"{year}", "Year"));
        return [.. quarters, .. halves, .. years];
    }

    private static IEnumerable<ReportPeriod> Ended(DateOnly today, int months, int count, Func<int, int, (string Key, string Kind)> name)
    {
        var start = new DateOnly(today.Year, ((today.Month - 1) / months * months) + 1, 1);
        for (var i = 1; i <= count; i++)
        {
            var from = start.AddMonths(-months * i);
            var (key, kind) = name(from.Year, ((from.Month - 1) / months) + 1);
            yield return new ReportPeriod(key, kind, from.Year, ((from.Month - 1) / months) + 1, from, from.AddMonths(months).AddDays(-1));
        }
    }
}
