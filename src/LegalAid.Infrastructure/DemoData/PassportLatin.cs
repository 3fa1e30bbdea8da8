using System.Text;
using LegalAid.Domain.Clients;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// Writes a Cyrillic name in Latin the way the client's passport would: ICAO 9303 for Russian, Kyrgyz and
/// Kazakh letters, the national conventions for Tajik (ҷ j, қ q, ғ gh) and Uzbek (ў oʻ, ғ gʻ, х x).
/// </summary>
internal static class PassportLatin
{
    private static readonly Dictionary<char, string> Common = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "ie", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu",
        ['я'] = "ia", ['ң'] = "ng", ['ө'] = "o", ['ү'] = "u", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "k", ['ұ'] = "u",
        ['һ'] = "h", ['і'] = "i",
    };

    private static readonly Dictionary<char, string> Tajik = new()
    {
        ['ҷ'] = "j", ['қ'] = "q", ['ғ'] = "gh", ['ҳ'] = "h", ['ӣ'] = "i", ['ӯ'] = "u", ['ж'] = "zh", ['х'] = "kh",
        ['й'] = "y", ['ю'] = "yu", ['я'] = "ya", ['ё'] = "yo",
    };

    private static readonly Dictionary<char, string> Uzbek = new()
    {
        ['ў'] = "oʻ", ['ғ'] = "gʻ", ['қ'] = "q", ['ҳ'] = "h", ['х'] = "x", ['ж'] = "j", ['й'] = "y", ['ю'] = "yu",
        ['я'] = "ya", ['ё'] = "yo", ['ц'] = "ts", ['ъ'] = "ʼ",
    };

    public static string Of(string cyrillic, string citizenship)
    {
        var national = citizenship switch
        {
            Citizenships.Tajikistan => Tajik,
            Citizenships.Uzbekistan => Uzbek,
            _ => null,
        };

        var latin = new StringBuilder(cyrillic.Length + 8);
        foreach (var c in cyrillic)
        {
            var lower = char.ToLowerInvariant(c);
            var mapped = national is not null && national.TryGetValue(lower, out var n) ? n
                : Common.TryGetValue(lower, out var m) ? m
                : lower.ToString();
            latin.Append(char.IsUpper(c) && mapped.Length > 0 ? char.ToUpperInvariant(mapped[0]) + mapped[1..] : mapped);
        }

        return latin.ToString().Normalize(NormalizationForm.FormC);
    }
}
