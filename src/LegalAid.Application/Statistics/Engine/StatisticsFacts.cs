using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The few columns of each record the indicators are computed from; no names, no texts. Clients, cases and status
/// changes are values, stored inside their dictionaries and arrays: as objects, the hundreds of thousands of them kept
/// the garbage collector tracing while they loaded. Consultations stay objects, because the calculator filters and
/// copies them into a list for every period, where a reference is cheaper to pass than the fact.
/// </summary>
/// <param name="Categories">Its problem categories (most consultations have one), held by the fact itself so that the
/// loops over a million consultations need no lookup by id.</param>
internal sealed record ConsultationFact(int Id, DateOnly HeldOn, int CentreId, int ClientId, int CaseId, int LawyerId, ConsultationChannel Channel, ConsultationActions Actions, ReadOnlyMemory<int> Categories);

internal readonly record struct ClientFact(int Id, Sex Sex, string Citizenship, int? BirthYear, DateOnly? BirthDate);

internal readonly record struct CaseFact(int Id, int ClientId, int CentreId, int LawyerId, DateOnly OpenedOn, int PrimaryCategoryId, CaseOutcome? Outcome, long RecoveredMinorUnits);

internal readonly record struct StatusFact(int CaseId, long Order, CaseStatus Status, DateOnly EffectiveOn, CaseOutcome? Outcome);

internal sealed record ReferralFact(int CaseId, int PartnerId, Common.Models.LocalisedName PartnerName, DateOnly ReferredOn, ReferralResult Result);

/// <summary>Everything loaded for one request: the facts of a window that covers every period compared.</summary>
internal sealed class StatisticsFacts
{
    /// <summary>When the facts were read from the database.</summary>
    public required DateTimeOffset ReadAt { get; init; }

    public required IReadOnlyList<ConsultationFact> Consultations { get; init; }

    public required IReadOnlyDictionary<int, ClientFact> Clients { get; init; }

    public required IReadOnlyDictionary<int, CaseFact> Cases { get; init; }

    public required ContiguousLookup<int> CaseCategories { get; init; }

    /// <summary>Status changes of the loaded cases on or after the window's start, in order.</summary>
    public required ContiguousLookup<StatusFact> StatusChanges { get; init; }

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
