using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Consultations.Common;

/// <summary>What a lawyer records about a consultation, when logging it and when correcting it.</summary>
public abstract record ConsultationFields
{
    public ConsultationChannel? Channel { get; init; }

    public int? DurationMinutes { get; init; }

    /// <summary>Problem categories discussed; the case's primary category when none is given.</summary>
    public IReadOnlyList<int>? CategoryIds { get; init; }

    public IReadOnlyList<ConsultationActions>? Actions { get; init; }

    public string? Summary { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    internal ConsultationActions ActionFlags => (Actions ?? []).Aggregate(ConsultationActions.None, (all, one) => all | one);

    internal ConsultationCorrection ToCorrection() =>
        new(Channel!.Value, DurationMinutes!.Value, CategoryIds ?? [], ActionFlags, Summary, FollowUpOn);
}
