namespace LegalAid.Domain.Clients;

/// <summary>ISO 639-1 codes of the languages a client may prefer to be advised in.</summary>
public static class Languages
{
    public const string Russian = "ru";
    public const string Kyrgyz = "ky";
    public const string Tajik = "tg";
    public const string Uzbek = "uz";
    public const string Kazakh = "kk";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Russian, Kyrgyz, Tajik, Uzbek, Kazakh, English];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
