using System.Globalization;
using LegalAid.Application.Common.Localisation;

namespace LegalAid.Application.Common.Reports;

/// <summary>The languages a report can be written in, and a scope that writes one in a language other than the user's.</summary>
public static class ReportLanguage
{
    public static readonly IReadOnlyList<string> All = Cultures.Languages;

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);

    /// <summary>The user's language when it is one reports are written in; Russian otherwise.</summary>
    public static string Current => All.FirstOrDefault(l => l == CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? "ru";

    /// <summary>
    /// The language a client's papers are written in by default: their preferred language when reports are written in
    /// it, Russian (the language of the courts and offices they deal with) otherwise.
    /// </summary>
    public static string ForClient(string preferredLanguage) => IsKnown(preferredLanguage) ? preferredLanguage : "ru";

    /// <summary>Sets the current culture and UI culture until disposed; resources, dates and number formats follow.</summary>
    public static IDisposable Use(string language) => new Scope(Cultures.For(language));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

        public Scope(CultureInfo language) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
