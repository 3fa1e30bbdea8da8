namespace LegalAid.Domain.Centres;

/// <summary>An instant stored in UTC together with the local date at the centre where it happened.</summary>
public readonly record struct CentreMoment(DateTime Utc, DateOnly LocalDate);
