using System.Linq.Expressions;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>The few columns of each record the indicators are computed from; no names, no texts.</summary>
internal sealed record ConsultationFact(int Id, DateOnly HeldOn, int CentreId, int ClientId, int CaseId, int LawyerId, ConsultationChannel Channel, ConsultationActions Actions);

internal sealed record ClientFact(int Id, Sex Sex, string Citizenship, int? BirthYear, DateOnly? BirthDate);

internal sealed record CaseFact(int Id, int ClientId, int CentreId, int LawyerId, DateOnly OpenedOn, int PrimaryCategoryId, CaseOutcome? Outcome, long RecoveredMinorUnits)
{
    public static readonly Expression<Func<Case, CaseFact>> Projection = c =>
        new CaseFact(c.Id, c.ClientId, c.CentreId, c.AssignedLawyerId, c.OpenedOn, c.PrimaryCategoryId, c.Outcome, c.AmountRecovered.MinorUnits);
}

internal sealed record StatusFact(int CaseId, long Order, CaseStatus Status, DateOnly EffectiveOn, CaseOutcome? Outcome);

internal sealed record ReferralFact(int CaseId, int PartnerId, Common.Models.LocalisedName PartnerName, DateOnly ReferredOn, ReferralResult Result);

/// <summary>Everything loaded for one request: the facts of a window that covers every period compared.</summary>
internal sealed class StatisticsFacts
{
    /// <summary>When the facts were read from the database.</summary>
    public required DateTimeOffset ReadAt { get; init; }

    public required IReadOnlyList<ConsultationFact> Consultations { get; init; }

    public required ILookup<int, int> ConsultationCategories { get; init; }

    public required IReadOnlyDictionary<int, ClientFact> Clients { get; init; }

    public required IReadOnlyDictionary<int, CaseFact> Cases { get; init; }

    public required ILookup<int, int> CaseCategories { get; init; }

    /// <summary>Status changes of the loaded cases on or after the window's start, in order.</summary>
    public required ILookup<int, StatusFact> StatusChanges { get; init; }

    /// <summary>
    /// Each served client's first consultation that the user may see, exact when it falls inside the window; any day
    /// before the window's start when it does not (every period compared starts inside the window).
    /// </summary>
    public required IReadOnlyDictionary<int, DateOnly> FirstConsultation { get; init; }

    /// <summary>The served clients who have more than one case in all.</summary>
    public required IReadOnlySet<int> RepeatClients { get; init; }

    public required IReadOnlyList<ReferralFact> Referrals { get; init; }

    public required IReadOnlyDictionary<int, Common.Models.LocalisedName> CategoryNames { get; init; }

    public required IReadOnlyDictionary<int, string> CentreCodes { get; init; }
}
