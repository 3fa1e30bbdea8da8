using LegalAid.Domain.Common;

namespace LegalAid.Domain.Clients;

/// <summary>
/// A migrant's name as written in Cyrillic or Latin (or both), plus the Latin spelling from the
/// passport. Every part is trimmed and NFC-normalised; nothing else about it is changed.
/// </summary>
public sealed record PersonName
{
    public const int PartMaxLength = 100;
    public const int LatinMaxLength = 200;

    private PersonName()
    {
        FamilyName = string.Empty;
        GivenName = string.Empty;
    }

    public PersonName(string familyName, string givenName, string? patronymic, string? latinName)
    {
        FamilyName = Guard.RequiredText(familyName, nameof(FamilyName), PartMaxLength);
        GivenName = Guard.RequiredText(givenName, nameof(GivenName), PartMaxLength);
        Patronymic = Guard.OptionalText(patronymic, nameof(Patronymic), PartMaxLength);
        LatinName = Guard.OptionalText(latinName, nameof(LatinName), LatinMaxLength);
    }

    public string FamilyName { get; private init; }

    public string GivenName { get; private init; }

    public string? Patronymic { get; private init; }

    public string? LatinName { get; private init; }

    public string FullName => Join(FamilyName, GivenName, Patronymic);

    /// <summary>A name's parts on one line, family name first, as every screen and document writes it.</summary>
    public static string Join(string familyName, string givenName, string? patronymic) =>
        patronymic is null ? $"{familyName} {givenName}" : $"{familyName} {givenName} {patronymic}";

    public override string ToString() => FullName;
}
