using System.Globalization;
using System.Text;

namespace LegalAid.Domain.Clients;

/// <summary>
/// Folds a name to a phonetic skeleton that Cyrillic and Latin spellings of the same name share:
/// Үсөнбаев, Усенбаев, Usonbaev and Usenbaev all become "Asnbv"; Жумабеков, Zhumabekov, Dzhumabekov
/// and Jumabekov become "jmbkv". Letters are first written in one Latin form (Kyrgyz ң ө ү, Tajik ӣ ӯ қ ғ ҳ ҷ,
/// Uzbek ў ғ қ ҳ oʻ gʻ, Russian, Kazakh and Azerbaijani letters), then vowels after the first letter are
/// dropped and doubled letters collapsed, because vowels are what spellings disagree on most.
/// </summary>
public static class NameFolding
{
    private const string Vowels = "aeiouy";

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['ә'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['є'] = "e", ['ж'] = "j", ['ҷ'] = "j", ['з'] = "z", ['и'] = "i", ['ӣ'] = "i", ['і'] = "i", ['й'] = "y", ['к'] = "k",
        ['қ'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "n", ['о'] = "o", ['ө'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ү'] = "u", ['ұ'] = "u", ['ӯ'] = "u", ['ў'] = "u", ['ф'] = "f", ['х'] = "kh",
        ['ҳ'] = "h", ['һ'] = "h", ['ц'] = "s", ['ч'] = "C", ['ш'] = "S", ['щ'] = "S", ['ъ'] = string.Empty, ['ы'] = "y",
        ['ь'] = string.Empty, ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>
    /// Latin letter groups that stand for one sound, longest first (ʃ and ʧ become S and C); Kyrgyz ң is n in Russian
    /// spelling but ng in passports (Жеңишбек, Женишбек, Zhengishbek), so ng is n; Uzbek oʻ is ў. Cyrillic х is
    /// written kh first, so that с-х (Асхат, Askhat) does not read as ш.
    /// </summary>
    private static readonly (string Spelling, string Sound)[] Latin =
    [
        ("shch", "S"), ("sch", "S"), ("dzh", "j"), ("sh", "S"), ("ch", "C"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ngg", "n"), ("ng", "n"),
        ("oʻ", "u"), ("o'", "u"), ("o’", "u"), ("o‘", "u"), ("o`", "u"),
        ("gh", "g"), ("ts", "s"), ("ph", "f"), ("ş", "S"), ("ç", "C"), ("ğ", "g"), ("ı", "i"), ("ə", "a"),
        ("x", "h"), ("q", "k"), ("w", "v"), ("c", "j"),
    ];

    /// <summary>
    /// The Kyrgyz, Kazakh, Uzbek and Azerbaijani words for "son of" and "daughter of" in their usual spellings
    /// (уулу, ulu, uly, ұлы, ўғли, oʻgʻli, оглы, oğlu; кызы, kizi, қизи, qızı, гызы) as one spelling each,
    /// keyed by their <see cref="Spelling"/> before this last step.
    /// </summary>
    private static readonly Dictionary<string, string> Patronymics = new(StringComparer.Ordinal)
    {
        ["uli"] = "ulu", ["ugli"] = "ulu", ["ogli"] = "ulu", ["oglu"] = "ulu", ["gizi"] = "kizi",
    };

    /// <summary>The skeleton of every word of the text, separated by spaces.</summary>
    public static string Fold(string text) =>
        string.Join(' ', Words(text).Select(Skeleton).Where(word => word.Length > 0));

    /// <summary>The skeleton of the first word only, e.g. of a family name "Үсөнбаев-Асанова".</summary>
    public static string FoldFirstWord(string text) => Words(text).Select(Skeleton).FirstOrDefault(word => word.Length > 0) ?? string.Empty;

    /// <summary>
    /// The words of a name or a query, lower-cased: "Үсөнбаев-Асанова Айгүл" has three. The invariant culture leaves
    /// Turkish and Azerbaijani İ a capital (İbrahim, İsmayıl), so it is lowered by hand.
    /// </summary>
    public static string[] Words(string text) =>
        Common.Text.ToFormC(text).ToLowerInvariant().Replace('İ', 'i')
            .Split([' ', '-', '\t', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// One Latin spelling of a word that keeps its vowels, so that what is typed matches the start of a name in
    /// either script: Гор, Gor and Горбунов begin alike, Айбек and Aibek, Юсупов and Iusupov, Чыңгыз and Chingiz
    /// are spelt alike (й, ы and y are written i; doubled letters once), and уулу, uly, ўғли and oğlu become one word.
    /// </summary>
    public static string Spelling(string word)
    {
        var spelling = new StringBuilder(word.Length + 4);
        foreach (var letter in OneLatinSpelling(word))
        {
            var written = letter == 'y' ? 'i' : letter;
            if (spelling.Length == 0 || spelling[^1] != written)
            {
                spelling.Append(written);
            }
        }

        var text = spelling.ToString();
        return Patronymics.GetValueOrDefault(text, text);
    }

    /// <summary>The phonetic skeleton of one word (see the class summary): Үсөнбаев and Usenbaev give "Asnbv".</summary>
    public static string Skeleton(string word)
    {
        var latin = OneLatinSpelling(word);
        if (latin.Length == 0)
        {
            return string.Empty;
        }

        var skeleton = new StringBuilder();
        skeleton.Append(Vowels.Contains(latin[0], StringComparison.Ordinal) ? 'A' : latin[0]);
        foreach (var letter in latin.AsSpan(1))
        {
            if (!Vowels.Contains(letter, StringComparison.Ordinal) && letter != skeleton[^1])
            {
                skeleton.Append(letter);
            }
        }

        return skeleton.ToString();
    }

    private static string OneLatinSpelling(string word)
    {
        var transliterated = new StringBuilder(word.Length + 4);
        foreach (var letter in word)
        {
            transliterated.Append(Cyrillic.TryGetValue(letter, out var latin) ? latin : letter.ToString());
        }

        var text = transliterated.ToString();
        foreach (var (spelling, sound) in Latin)
        {
            text = text.Replace(spelling, sound, StringComparison.Ordinal);
        }

        // Strip accents (ö ü ó), then keep only letters: apostrophes of oʻ gʻ and hyphens carry no sound.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter).ToArray());
    }
}
