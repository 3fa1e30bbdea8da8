namespace LegalAid.Domain.Clients;

/// <summary>ISO 3166-1 alpha-2 codes of the citizenships the programme records.</summary>
public static class Citizenships
{
    public const string Kyrgyzstan = "KG";
    public const string Tajikistan = "TJ";
    public const string Uzbekistan = "UZ";
    public const string Kazakhstan = "KZ";
    public const string Armenia = "AM";
    public const string Azerbaijan = "AZ";

    /// <summary>Any other citizenship, or a stateless person (ISO's user-assigned code).</summary>
    public const string Other = "XX";

    public static IReadOnlyList<string> All { get; } = [Kyrgyzstan, Tajikistan, Uzbekistan, Kazakhstan, Armenia, Azerbaijan, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
