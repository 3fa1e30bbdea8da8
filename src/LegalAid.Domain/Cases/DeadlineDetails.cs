namespace LegalAid.Domain.Cases;

/// <summary>What a deadline says: its kind, its day and (a hearing's) time and place, and a note.</summary>
public sealed record DeadlineDetails(DeadlineType Type, DateOnly DueOn, TimeOnly? DueAt = null, string? Place = null, string? Note = null);
