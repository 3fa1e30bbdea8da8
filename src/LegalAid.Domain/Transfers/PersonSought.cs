namespace LegalAid.Domain.Transfers;

/// <summary>
/// The person a centre asks another for, as its lawyer typed them when registering: nothing the requesting centre
/// did not already know.
/// </summary>
public sealed record PersonSought(string FamilyName, string GivenName, string? Patronymic, int? BirthYear, DateOnly? BirthDate, string? Phone);
