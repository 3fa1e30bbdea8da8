namespace LegalAid.Domain.Clients;

/// <summary>
/// One word typed into the search: it matches a client when a <see cref="NameTokenKind.Spelling"/> token of the
/// name starts with <see cref="Spelling"/>, or a <see cref="NameTokenKind.Sound"/> token starts with
/// <see cref="Sound"/> (null when the skeleton is too short to tell names apart, as for "Aziz" or "Gor").
/// </summary>
public sealed record NameTerm(string Spelling, string? Sound);
