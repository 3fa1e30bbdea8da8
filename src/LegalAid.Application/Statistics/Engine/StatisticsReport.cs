using System.Globalization;
using LegalAid.Application.Common.Charts;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>The figures of one period, with the same figures for the period before and a year before, and their breakdowns.</summary>
/// <param name="ReadAt">When the figures were read from the database (served from memory for a few minutes at most, and only while nothing they hold has changed).</param>
public sealed record StatisticsReport(
    Period Period,
    DateTimeOffset ReadAt,
    Indicators Current,
    Indicators PreviousPeriod,
    Indicators YearBefore,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<StatTable> Tables,
    IReadOnlyList<ChartModel> Charts)
{
    public StatTable Table(string key) => Tables.Single(t => t.Key == key);
}

public sealed record Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period as every page, export and e-mail writes it: "01.01.2026 – 31.03.2026" in the current culture.</summary>
    public override string ToString() =>
        $"{From.ToString("d", CultureInfo.CurrentCulture)} – {To.ToString("d", CultureInfo.CurrentCulture)}";

    /// <inheritdoc cref="ReportScope.Before"/>
    public Period Before()
    {
        var (from, to) = ReportScope.Before(From, To);
        return new(from, to);
    }

    public Period AYearEarlier() => new(From.AddYears(-1), To.AddYears(-1));
}

/// <summary>One definition per indicator; see <see cref="IndicatorCalculator"/>.</summary>
public sealed record Indicators
{
    public int Consultations { get; init; }

    public int UniqueClients { get; init; }

    public int NewClients { get; init; }

    public int CasesOpened { get; init; }

    public int CasesClosed { get; init; }

    public int OpenAtPeriodEnd { get; init; }

    public IReadOnlyList<OutcomeCount> Outcomes { get; init; } = [];

    /// <summary>Closed cases resolved in the client's favour, out of all cases closed (0 to 1); null when none closed.</summary>
    public decimal? ResolvedInFavourShare { get; init; }

    public long RecoveredMinorUnits { get; init; }

    public int CasesWithRecovery { get; init; }

    public int CourtRepresentations { get; init; }

    public int CasesWithCourtRepresentation { get; init; }

    /// <summary>Outcomes of the cases represented in court; a null outcome counts those still open at the period's end.</summary>
    public IReadOnlyList<OutcomeCount> CourtResults { get; init; } = [];

    public IReadOnlyList<PartnerReferrals> ReferralsByPartner { get; init; } = [];

    public decimal? MedianDaysToClose { get; init; }

    public int RepeatClients { get; init; }

    public decimal Recovered => RecoveredMinorUnits / 100m;
}

public sealed record OutcomeCount(CaseOutcome? Outcome, int Cases);

public sealed record PartnerReferrals(string Partner, int Referrals, int Helped, int Declined, int NoResponse, int Pending);

public sealed record MonthFigures(int Year, int Month, int Consultations, int NewClients, int CasesOpened, int CasesClosed);
