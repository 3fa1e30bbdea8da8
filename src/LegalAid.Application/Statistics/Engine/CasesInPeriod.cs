using LegalAid.Domain.Cases;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// What a period makes of each case the filters select, found in one pass over their status changes: whether it was
/// opened in the period or open at its end (only cases with either), its latest closing in the period, and the months
/// in which it was closed.
/// </summary>
internal sealed class CasesInPeriod
{
    /// <summary>The counted cases as positions in the <see cref="CaseTable"/>.</summary>
    public List<(int Position, bool Opened, bool OpenAtEnd)> Counted { get; } = [];

    /// <summary>The cases closed in the period (positions in the <see cref="CaseTable"/>), each once, in the order of the cases, with the date and outcome of their latest closing in it.</summary>
    public List<(int Position, DateOnly On, CaseOutcome? Outcome)> Closings { get; } = [];

    /// <summary>Cases closed in each month of the period (a case closed twice in a month counts once).</summary>
    public Dictionary<(int Year, int Month), int> ClosedByMonth { get; } = [];

    /// <param name="cases">The loaded cases.</param>
    /// <param name="positions">The positions of the cases the filters select, in order.</param>
    /// <param name="period">The period.</param>
    public static CasesInPeriod Of(CaseTable cases, List<int> positions, Period period)
    {
        var result = new CasesInPeriod();
        var all = cases.All;
        foreach (var position in positions)
        {
            var @case = all[position];
            var changes = cases.StatusChangesOf(position);
            StatusFact? first = null, lastByEnd = null, lastClosing = null;
            (int Year, int Month)? lastMonth = null;
            foreach (var change in changes)
            {
                first ??= change;
                if (change.EffectiveOn <= period.To)
                {
                    lastByEnd = change;
                }

                if (change.Status == CaseStatus.Closed && change.EffectiveOn >= period.From && change.EffectiveOn <= period.To)
                {
                    lastClosing = change;
                    var month = (change.EffectiveOn.Year, change.EffectiveOn.Month);
                    if (month != lastMonth)
                    {
                        result.ClosedByMonth[month] = result.ClosedByMonth.GetValueOrDefault(month) + 1;
                        lastMonth = month;
                    }
                }
            }

            var opened = @case.OpenedOn >= period.From && @case.OpenedOn <= period.To;
            var openAtEnd = @case.OpenedOn <= period.To && StatusOn(first, lastByEnd) == CaseStatus.Open;
            if (opened || openAtEnd)
            {
                result.Counted.Add((position, opened, openAtEnd));
            }

            if (lastClosing is { } closing)
            {
                result.Closings.Add((position, closing.EffectiveOn, closing.Outcome));
            }
        }

        return result;
    }

    /// <summary>
    /// A case's status at the end of a day, from its changes in order. Only changes since the window's start are loaded:
    /// with none up to that day, the status is the one before the first loaded change (statuses alternate), or, with no
    /// change at all, open (the only loaded cases without changes are those open now).
    /// </summary>
    public static CaseStatus StatusOn(ReadOnlySpan<StatusFact> changes, DateOnly date)
    {
        StatusFact? first = null, lastByDate = null;
        foreach (var change in changes)
        {
            first ??= change;
            if (change.EffectiveOn <= date)
            {
                lastByDate = change;
            }
        }

        return StatusOn(first, lastByDate);
    }

    private static CaseStatus StatusOn(StatusFact? first, StatusFact? lastByDate) =>
        lastByDate?.Status ?? (first is { Status: CaseStatus.Open } ? CaseStatus.Closed : CaseStatus.Open);
}
