using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The few columns of each record the indicators are computed from; no names, no texts. Clients, cases and status
/// changes are values, stored inside a dictionary and the lists of <see cref="CaseTable"/>, and consultations are columns
/// (<see cref="ConsultationColumns"/>): as objects, the hundreds of thousands of them kept the garbage collector tracing
/// while they loaded.
/// </summary>
internal readonly record struct ClientFact(int Id, Sex Sex, string Citizenship, int? BirthYear, DateOnly? BirthDate);

internal readonly record struct CaseFact(int Id, int ClientId, int CentreId, int LawyerId, DateOnly OpenedOn, int PrimaryCategoryId, CaseOutcome? Outcome, long RecoveredMinorUnits);

internal readonly record struct StatusFact(int CaseId, long Order, CaseStatus Status, DateOnly EffectiveOn, CaseOutcome? Outcome);

internal sealed record ReferralFact(int CaseId, int PartnerId, Common.Models.LocalisedName PartnerName, DateOnly ReferredOn, ReferralResult Result);

/// <summary>Everything loaded for one request: the facts of a window that covers every period compared.</summary>
internal sealed class StatisticsFacts
{
    /// <summary>When the facts were read from the database.</summary>
    public required DateTimeOffset ReadAt { get; init; }

    public required ConsultationColumns Consultations { get; init; }

    public required IReadOnlyDictionary<int, ClientFact> Clients { get; init; }

    /// <summary>The loaded cases, each with its other categories and its status changes on or after the window's start.</summary>
    public required CaseTable Cases { get; init; }

    /// <summary>
    /// Each served client's first consultation that the user may see, by client id: exact when it falls inside the window;
    /// any day before the window's start when it does not (every period compared starts inside the window); none (the
    /// default) for a client not served in the window. Every loaded consultation's client id is below its length.
    /// Read-only once loaded.
    /// </summary>
    public required DateOnly[] FirstConsultation { get; init; }

    /// <summary>
    /// For the served clients with more than one case, the day the second opened: a period counts them as repeat
    /// clients only from that day, so a past period's figure does not grow when a client comes back later.
    /// </summary>
    public required IReadOnlyDictionary<int, DateOnly> SecondCaseOpenedOn { get; init; }

    public required IReadOnlyList<ReferralFact> Referrals { get; init; }

    public required IReadOnlyDictionary<int, Common.Models.LocalisedName> CategoryNames { get; init; }

    public required IReadOnlyDictionary<int, string> CentreCodes { get; init; }

    /// <summary>One more than the largest centre id: the length of an array by centre id.</summary>
    public int CentreIdLimit => CentreCodes.Keys.DefaultIfEmpty().Max() + 1;
}
