namespace LegalAid.Domain.Clients;

/// <summary>What a lawyer records about a client, apart from the registering centre.</summary>
public sealed record ClientDetails(
    PersonName Name,
    Sex Sex,
    DateOfBirth? DateOfBirth,
    string Citizenship,
    string? Phone,
    string? MessengerContact,
    string? RegionOfOrigin,
    string PreferredLanguage,
    Consent Consent);
