namespace LegalAid.Domain.Reports;

/// <summary>
/// What a report's figures cover: a period and the codes of its centres ("MOW, KZN, CHE"). A donor report also shows
/// the period before, which its headline table compares with, so a reader holds figures of both.
/// </summary>
public sealed record ReportScope(DateOnly From, DateOnly To, string Centres)
{
    /// <summary>
    /// The period that ends the day before <paramref name="from"/>: as many whole months when the period is whole
    /// months (the month, quarter or year before), otherwise as many days.
    /// </summary>
    public static (DateOnly From, DateOnly To) Before(DateOnly from, DateOnly to)
    {
        if (from.Day == 1 && to.AddDays(1).Day == 1)
        {
            var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
            return (from.AddMonths(-months), from.AddDays(-1));
        }

        return (from.AddDays(-(to.DayNumber - from.DayNumber + 1)), from.AddDays(-1));
    }

    /// <summary>
    /// Where a reader of reports of both scopes could subtract one's figures from the other's and so find counts that
    /// each hides: a period one shows (its own or the one before) that overlaps a period the other shows, for centres
    /// both cover, without being the same period for the same centres; null when there is none. Consecutive quarters
    /// pass: the later one's period before is the earlier one's own.
    /// </summary>
    public (ShownPeriod Mine, ShownPeriod Theirs)? OverlapWithoutMatching(ReportScope other) =>
        (from mine in Shown()
         from theirs in other.Shown()
         where mine.Period.From <= theirs.Period.To && theirs.Period.From <= mine.Period.To && mine.Centres.Overlaps(theirs.Centres)
               && !(mine.Period.From == theirs.Period.From && mine.Period.To == theirs.Period.To && mine.Centres.SetEquals(theirs.Centres))
         select ((ShownPeriod Mine, ShownPeriod Theirs)?)(mine.Period, theirs.Period)).FirstOrDefault();

    public IReadOnlyList<string> CentreCodes => Centres.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private IEnumerable<(ShownPeriod Period, HashSet<string> Centres)> Shown()
    {
        var centres = CentreCodes.ToHashSet(StringComparer.Ordinal);
        var (before, lastBefore) = Before(From, To);
        return [(new ShownPeriod(From, To, IsComparison: false), centres), (new ShownPeriod(before, lastBefore, IsComparison: true), centres)];
    }
}

/// <summary>A period a report shows figures of: its own, or the one before that its headline table compares with.</summary>
public sealed record ShownPeriod(DateOnly From, DateOnly To, bool IsComparison);
