using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The definition of every indicator, computed from loaded facts for any period inside the loaded window.
/// Consultations count by their date at the centre; case figures ignore the channel filter and take the
/// lawyer filter as the case's assigned lawyer. A client's age band is taken on the consultation's
/// date (for case figures, on the case's opening date). Case figures follow the status history, so a case
/// closed, reopened and closed again counts as closed once per period, with its latest outcome.
/// </summary>
internal sealed class IndicatorCalculator(StatisticsFacts facts, StatisticsFilter filter)
{
    private readonly Dictionary<Period, Indicators> indicators = [];
    private readonly Dictionary<Period, List<int>> consultationsIn = [];
    private readonly Dictionary<Period, List<(int ClientId, DateOnly First)>> clientsIn = [];
    private readonly Dictionary<Period, CasesInPeriod> casesIn = [];
    private readonly Dictionary<Period, CaseCounts[]> caseCountsByCentre = [];
    private List<int>? casesMatching;

    public Indicators For(Period period)
    {
        if (!indicators.TryGetValue(period, out var figures))
        {
            indicators[period] = figures = Compute(period);
        }

        return figures;
    }

    /// <summary>The case figures of the period for the cases the filters select, optionally of one centre only.</summary>
    public CaseCounts CaseCountsIn(Period period, int? centreId = null)
    {
        var byCentre = CaseCountsByCentre(period);
        return centreId is { } id ? (id < byCentre.Length ? byCentre[id] : default) : byCentre.Aggregate(default(CaseCounts), (total, centre) => total + centre);
    }

    /// <summary>The case figures of the period by centre id.</summary>
    private CaseCounts[] CaseCountsByCentre(Period period)
    {
        if (caseCountsByCentre.TryGetValue(period, out var byCentre))
        {
            return byCentre;
        }

        caseCountsByCentre[period] = byCentre = new CaseCounts[facts.CentreIdLimit];
        var cases = CasesIn(period);
        var all = facts.Cases.All;
        foreach (var (position, openedInPeriod, openAtPeriodEnd) in cases.Counted)
        {
            byCentre[all[position].CentreId] += new CaseCounts(Opened: openedInPeriod ? 1 : 0, Closed: 0, OpenAtEnd: openAtPeriodEnd ? 1 : 0, RecoveredMinorUnits: 0, WithRecovery: 0);
        }

        foreach (var (position, _, _) in cases.Closings)
        {
            var closed = all[position];
            byCentre[closed.CentreId] += new CaseCounts(Opened: 0, Closed: 1, OpenAtEnd: 0, closed.RecoveredMinorUnits, WithRecovery: closed.RecoveredMinorUnits > 0 ? 1 : 0);
        }

        return byCentre;
    }

    private Indicators Compute(Period period)
    {
        var consultations = ConsultationsIn(period);
        var clients = ClientsIn(period);
        var closings = ClosingsIn(period);
        var closedOutcomes = OutcomeCounts(closings.Select(c => c.Outcome));
        var cases = CaseCountsIn(period);
        var (courtRepresentations, courtCases) = CourtRepresentations(consultations);

        return new Indicators
        {
            Consultations = consultations.Count,
            UniqueClients = clients.Count,
            NewClients = clients.Count(c => facts.FirstConsultation[c.ClientId] >= period.From),
            CasesOpened = cases.Opened,
            CasesClosed = cases.Closed,
            OpenAtPeriodEnd = cases.OpenAtEnd,
            Outcomes = closedOutcomes,
            ResolvedInFavourShare = closings.Count == 0 ? null : decimal.Round((decimal)closedOutcomes.Single(o => o.Outcome == CaseOutcome.ResolvedInFavour).Cases / closings.Count, 4),
            RecoveredMinorUnits = cases.RecoveredMinorUnits,
            CasesWithRecovery = cases.WithRecovery,
            CourtRepresentations = courtRepresentations,
            CasesWithCourtRepresentation = courtCases.Count,
            CourtResults = courtCases
                .Select(id => CourtResult(id, period.To))
                .GroupBy(o => o).OrderBy(g => g.Key ?? 0).Select(g => new OutcomeCount(g.Key, g.Count())).ToList(),
            ReferralsByPartner = facts.Referrals
                .Where(r => r.ReferredOn >= period.From && r.ReferredOn <= period.To && facts.Cases.TryFind(r.CaseId, out var position) && CaseMatches(position))
                .GroupBy(r => r.PartnerId)
                // Ties by the partner's id, not its name: each language's edition of a donor report must rank, and so
                // merge and suppress, alike, or two editions side by side would tell more than either.
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => new PartnerReferrals(g.First().PartnerName.ToString(), g.Count(), g.Count(r => r.Result == ReferralResult.Helped), g.Count(r => r.Result == ReferralResult.Declined),
                    g.Count(r => r.Result == ReferralResult.NoResponse), g.Count(r => r.Result == ReferralResult.Pending)))
                .ToList(),
            MedianDaysToClose = Median([.. closings.Select(c => c.On.DayNumber - facts.Cases.All[c.Position].OpenedOn.DayNumber)]),
            RepeatClients = clients.Count(c => facts.SecondCaseOpenedOn.TryGetValue(c.ClientId, out var second) && second <= period.To),
        };
    }

    /// <summary>The monthly series of the period, by the same definitions as <see cref="For"/>, in one pass.</summary>
    public List<MonthFigures> Months(Period period)
    {
        var firstMonth = new DateOnly(period.From.Year, period.From.Month, 1);
        var monthCount = ((period.To.Year - firstMonth.Year) * 12) + period.To.Month - firstMonth.Month + 1;
        // Each day's month looked up, not worked out from the date a million times.
        var monthOfDay = new int[period.To.DayNumber - period.From.DayNumber + 1];
        var month = 0;
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            if (day.Day == 1 && day != period.From)
            {
                month++;
            }

            monthOfDay[day.DayNumber - period.From.DayNumber] = month;
        }

        int MonthIndex(DateOnly date) => monthOfDay[date.DayNumber - period.From.DayNumber];
        var (consultations, newClients, opened) = (new int[monthCount], new int[monthCount], new int[monthCount]);
        var heldOn = facts.Consultations.HeldOn;
        foreach (var i in ConsultationsIn(period))
        {
            consultations[MonthIndex(heldOn[i])]++;
        }

        foreach (var (clientId, _) in ClientsIn(period))
        {
            var first = facts.FirstConsultation[clientId];
            if (first >= period.From && first <= period.To)
            {
                newClients[MonthIndex(first)]++;
            }
        }

        var cases = facts.Cases.All;
        foreach (var position in CasesMatching())
        {
            var openedOn = cases[position].OpenedOn;
            if (openedOn >= period.From && openedOn <= period.To)
            {
                opened[MonthIndex(openedOn)]++;
            }
        }

        var closed = CasesIn(period).ClosedByMonth;
        var months = new List<MonthFigures>(monthCount);
        for (var m = 0; m < monthCount; m++)
        {
            var start = firstMonth.AddMonths(m);
            months.Add(new MonthFigures(start.Year, start.Month, consultations[m], newClients[m], opened[m], closed.GetValueOrDefault((start.Year, start.Month))));
        }

        return months;
    }

    /// <summary>The period's consultations that pass every filter, as positions in <see cref="StatisticsFacts.Consultations"/>.</summary>
    public List<int> ConsultationsIn(Period period)
    {
        if (!consultationsIn.TryGetValue(period, out var consultations))
        {
            consultationsIn[period] = consultations = Select(period);
        }

        return consultations;
    }

    /// <summary>
    /// Each client the period's consultations served (after every filter), with the day of their first one in it, in the
    /// order of their ids (counted in an array by client id: a dictionary cost a look-up for each of a million consultations).
    /// </summary>
    public List<(int ClientId, DateOnly First)> ClientsIn(Period period)
    {
        if (!clientsIn.TryGetValue(period, out var clients))
        {
            var firstIn = new DateOnly[facts.FirstConsultation.Length];
            var clientIds = facts.Consultations.ClientId;
            var heldOn = facts.Consultations.HeldOn;
            foreach (var i in ConsultationsIn(period))
            {
                ref var first = ref firstIn[clientIds[i]];
                if (first == default || heldOn[i] < first)
                {
                    first = heldOn[i];
                }
            }

            clientsIn[period] = clients = [];
            for (var clientId = 0; clientId < firstIn.Length; clientId++)
            {
                if (firstIn[clientId] != default)
                {
                    clients.Add((clientId, firstIn[clientId]));
                }
            }
        }

        return clients;
    }

    private List<int> Select(Period period)
    {
        var consultations = facts.Consultations;
        var heldOn = consultations.HeldOn;
        var centreIds = consultations.CentreId;
        var channels = consultations.Channel;
        var lawyerIds = consultations.LawyerId;
        var clientIds = consultations.ClientId;
        var selected = new List<int>();
        for (var i = 0; i < heldOn.Length; i++)
        {
            if (heldOn[i] >= period.From && heldOn[i] <= period.To
                && (filter.Centre is not { Length: > 0 } || filter.Centre.Contains(centreIds[i]))
                && (filter.Channel is not { Length: > 0 } || filter.Channel.Contains(channels[i]))
                && (filter.Lawyer is not { Length: > 0 } || filter.Lawyer.Contains(lawyerIds[i]))
                && ClientMatches(clientIds[i], heldOn[i])
                && (filter.Category is not { Length: > 0 } || consultations.CategoriesOf(i).ContainsAny(filter.Category)))
            {
                selected.Add(i);
            }
        }

        return selected;
    }

    /// <summary>How many of these consultations represented the client in court, and the cases they were for.</summary>
    private (int Count, HashSet<int> CaseIds) CourtRepresentations(List<int> consultations)
    {
        var actions = facts.Consultations.Actions;
        var caseIds = facts.Consultations.CaseId;
        var (count, cases) = (0, new HashSet<int>());
        foreach (var i in consultations)
        {
            if (actions[i].HasFlag(ConsultationActions.CourtRepresentation))
            {
                count++;
                cases.Add(caseIds[i]);
            }
        }

        return (count, cases);
    }

    /// <summary>The cases that pass every filter (channel does not apply to cases), as positions in <see cref="StatisticsFacts.Cases"/>.</summary>
    private List<int> CasesMatching()
    {
        if (casesMatching is null)
        {
            casesMatching = new List<int>(facts.Cases.Count);
            for (var position = 0; position < facts.Cases.Count; position++)
            {
                if (CaseMatches(position))
                {
                    casesMatching.Add(position);
                }
            }
        }

        return casesMatching;
    }

    /// <summary>The cases (passing the filters) closed during the period, as positions in <see cref="StatisticsFacts.Cases"/>, with the date and outcome of their latest closing in it.</summary>
    public List<(int Position, DateOnly On, CaseOutcome? Outcome)> ClosingsIn(Period period) => CasesIn(period).Closings;

    private CasesInPeriod CasesIn(Period period)
    {
        if (!casesIn.TryGetValue(period, out var cases))
        {
            casesIn[period] = cases = CasesInPeriod.Of(facts.Cases, CasesMatching(), period);
        }

        return cases;
    }

    private bool CaseMatches(int position)
    {
        var @case = facts.Cases.All[position];
        return (filter.Centre is not { Length: > 0 } || filter.Centre.Contains(@case.CentreId))
            && (filter.Lawyer is not { Length: > 0 } || filter.Lawyer.Contains(@case.LawyerId))
            && ClientMatches(@case.ClientId, @case.OpenedOn)
            && (filter.Category is not { Length: > 0 } || filter.Category.Contains(@case.PrimaryCategoryId) || facts.Cases.CategoriesOf(position).ContainsAny(filter.Category));
    }

    private bool ClientMatches(int clientId, DateOnly on)
    {
        if (filter.Citizenship is not { Length: > 0 } && filter.Sex is not { Length: > 0 } && filter.AgeBand is not { Length: > 0 })
        {
            return true;
        }

        return facts.Clients.TryGetValue(clientId, out var client)
            && (filter.Citizenship is not { Length: > 0 } || filter.Citizenship.Contains(client.Citizenship))
            && (filter.Sex is not { Length: > 0 } || filter.Sex.Contains(client.Sex))
            && (filter.AgeBand is not { Length: > 0 } || filter.AgeBand.Contains(AgeBands.On(client.BirthYear, client.BirthDate, on)));
    }

    /// <summary>The outcome of the case's latest closing on or before the date; none while it is open then (as is a case not loaded: it has no changes).</summary>
    private CaseOutcome? CourtResult(int caseId, DateOnly date)
    {
        var found = facts.Cases.TryFind(caseId, out var position);
        var changes = found ? facts.Cases.StatusChangesOf(position) : [];
        if (CasesInPeriod.StatusOn(changes, date) != CaseStatus.Closed)
        {
            return null;
        }

        for (var i = changes.Length - 1; i >= 0; i--)
        {
            if (changes[i] is { Status: CaseStatus.Closed } closing && closing.EffectiveOn <= date)
            {
                return closing.Outcome;
            }
        }

        return facts.Cases.All[position].Outcome;
    }

    /// <summary>How many of the closings had each outcome, every outcome listed, in the enum's order.</summary>
    public static List<OutcomeCount> OutcomeCounts(IEnumerable<CaseOutcome?> closings)
    {
        var outcomes = Enum.GetValues<CaseOutcome>();
        var counts = new int[outcomes.Length];
        foreach (var outcome in closings)
        {
            if (outcome is { } known)
            {
                counts[Array.IndexOf(outcomes, known)]++;
            }
        }

        return [.. outcomes.Select((outcome, i) => new OutcomeCount(outcome, counts[i]))];
    }

    /// <summary>
    /// The median of whole numbers that span a few thousand at most (days to close a case), found by counting each value
    /// instead of sorting a hundred thousand of them.
    /// </summary>
    public static decimal? Median(int[] values)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var (min, max) = (values.Min(), values.Max());
        var counts = new int[max - min + 1];
        foreach (var value in values)
        {
            counts[value - min]++;
        }

        int At(int rank)
        {
            var (i, seen) = (0, counts[0]);
            while (seen <= rank)
            {
                seen += counts[++i];
            }

            return min + i;
        }

        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? At(middle) : (At(middle - 1) + At(middle)) / 2m;
    }
}
