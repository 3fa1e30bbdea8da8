namespace LegalAid.Domain.Consultations;

/// <summary>What the author or a coordinator may correct in a consultation; when and by whom it was held stay as logged.</summary>
public sealed record ConsultationCorrection(
    ConsultationChannel Channel,
    int DurationMinutes,
    IReadOnlyCollection<int> CategoryIds,
    ConsultationActions Actions,
    string? Summary,
    DateOnly? FollowUpOn);
