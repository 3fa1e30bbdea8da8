using System.Collections.Concurrent;
using System.Globalization;

namespace LegalAid.Application.Common.Localisation;

/// <summary>
/// The cultures pages, exports and PDFs are written in, with the programme's one rule for dates: day, month, year
/// (17.03.1994) in Russian and Kyrgyz, and in English a month by name (17 Mar 1994), since 3/17 and 17/3 are both read;
/// times on the 24-hour clock in every language.
/// Thousands are grouped by a no-break space in Russian and Kyrgyz, so a figure never breaks across lines.
/// </summary>
public static class Cultures
{
    public static readonly IReadOnlyList<string> Languages = ["ru", "ky", "en"];

    private static readonly ConcurrentDictionary<string, CultureInfo> Made = new(StringComparer.Ordinal);

    /// <summary>The culture of <paramref name="language"/> ("ru", "ky", "en"); another language as .NET knows it.</summary>
    public static CultureInfo For(string language) => Made.GetOrAdd(language, Make);

    /// <summary>
    /// A date with its month by name in the current culture, so no reader of any edition mistakes day for month:
    /// "1 January 2026", "1 января 2026", and in Kyrgyz the year first, "2026-ж., 1-январь".
    /// </summary>
    public static string SpelledOut(DateOnly date) =>
        date.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "ky" ? "yyyy-'ж'., d-MMMM" : "d MMMM yyyy", CultureInfo.CurrentCulture);

    private static CultureInfo Make(string language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language).Clone();
        if (!Languages.Contains(language))
        {
            return CultureInfo.ReadOnly(culture);
        }

        culture.DateTimeFormat.ShortDatePattern = language == "en" ? "d MMM yyyy" : "dd.MM.yyyy";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        if (language != "en")
        {
            culture.NumberFormat.NumberGroupSeparator = culture.NumberFormat.CurrencyGroupSeparator = "\u00A0";
        }

        return CultureInfo.ReadOnly(culture);
    }
}
