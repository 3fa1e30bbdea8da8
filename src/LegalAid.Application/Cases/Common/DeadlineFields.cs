using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.Common;

/// <summary>What a lawyer says about a deadline when adding or correcting it.</summary>
public abstract record DeadlineFields
{
    public DeadlineType? Type { get; init; }

    public DateOnly? DueOn { get; init; }

    /// <summary>The time at the centre, e.g. a hearing's "10:30".</summary>
    public TimeOnly? DueAt { get; init; }

    /// <summary>Where, e.g. the court and its room.</summary>
    public string? Place { get; init; }

    public string? Note { get; init; }

    internal DeadlineDetails ToDetails() => new(Type!.Value, DueOn!.Value, DueAt, Place, Note);
}
