using System.Text;
using LegalAid.Domain.Clients;

namespace LegalAid.Benchmarks;

/// <summary>
/// How people write a migrant's Cyrillic name when they search for it: on a Russian keyboard (the Kyrgyz, Tajik and
/// Uzbek letters replaced by Russian ones), in English-style Latin, and in the app's own folded spelling made typeable.
/// Written by hand, apart from the app's folding, so that the recall set does not simply repeat the search's rules.
/// </summary>
internal static class SearchVariants
{
    private static readonly Dictionary<char, string> RussianKeyboard = new()
    {
        ['ө'] = "о", ['ү'] = "у", ['ң'] = "н", ['ҳ'] = "х", ['ғ'] = "г", ['қ'] = "к", ['ҷ'] = "дж", ['ў'] = "у",
        ['ӣ'] = "и", ['ӯ'] = "у", ['ә'] = "а", ['ұ'] = "у", ['і'] = "и",
    };

    private static readonly Dictionary<char, string> EnglishLatin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['ө'] = "o", ['ү'] = "u", ['ң'] = "ng",
        ['ҳ'] = "h", ['ғ'] = "gh", ['қ'] = "q", ['ҷ'] = "j", ['ў'] = "o'", ['ӣ'] = "i", ['ӯ'] = "u", ['ә'] = "a", ['ұ'] = "u",
        ['і'] = "i",
    };

    /// <summary>"Үсөнбаев" as typed on a Russian keyboard: "Усонбаев".</summary>
    public static string OnRussianKeyboard(string name) => Map(name, RussianKeyboard);

    /// <summary>"Раҳмонов Азиз" in English-style Latin: "Rahmonov Aziz"; "Жумабеков" gives "Zhumabekov".</summary>
    public static string InEnglishLatin(string name) => Map(name, EnglishLatin);

    /// <summary>The app's own folded spelling of each word (<see cref="NameFolding.Spelling"/>), with ш and ч written sh and ch.</summary>
    public static string AppFolding(string name) =>
        string.Join(' ', NameFolding.Words(name).Select(w => NameFolding.Spelling(w).Replace("S", "sh", StringComparison.Ordinal).Replace("C", "ch", StringComparison.Ordinal)));

    /// <summary>The first three letters of each word: what a hurried search types.</summary>
    public static string Prefixes(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 3 ? w[..3] : w));

    /// <summary>The Kyrgyz "son/daughter of" written as Latin passports and Kazakh spellings do: uly, kizi.</summary>
    public static string OtherPatronymicSpelling(string latin) =>
        latin.Replace("uulu", "uly", StringComparison.Ordinal).Replace("kyzy", "kizi", StringComparison.Ordinal);

    private static string Map(string name, Dictionary<char, string> letters)
    {
        var mapped = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            var written = letters.TryGetValue(lower, out var m) ? m : c.ToString();
            mapped.Append(char.IsUpper(c) && written.Length > 0 ? char.ToUpperInvariant(written[0]) + written[1..] : written);
        }

        return mapped.ToString();
    }
}
