using LegalAid.Domain.Centres;

namespace LegalAid.Domain.Consultations;

/// <summary>What a lawyer records about one consultation.</summary>
public sealed record ConsultationDetails(
    CentreMoment HeldAt,
    ConsultationChannel Channel,
    int LawyerId,
    int DurationMinutes,
    IReadOnlyCollection<int> CategoryIds,
    ConsultationActions Actions,
    string? Summary,
    DateOnly? FollowUpOn);
