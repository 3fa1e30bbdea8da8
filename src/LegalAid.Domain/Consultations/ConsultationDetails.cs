using LegalAid.Domain.Centres;

namespace LegalAid.Domain.Consultations;

/// <summary>What a lawyer records about one consultation; a follow-up date becomes a call-back deadline of the case.</summary>
public sealed record ConsultationDetails(
    CentreMoment HeldAt,
    ConsultationChannel Channel,
    int LawyerId,
    int DurationMinutes,
    IReadOnlyCollection<int> CategoryIds,
    ConsultationActions Actions,
    string? Summary,
    DateOnly? FollowUpOn);
