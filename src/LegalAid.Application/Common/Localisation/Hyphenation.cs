namespace LegalAid.Application.Common.Localisation;

/// <summary>
/// Where a word too wide for its line may break with a hyphen: between the syllables of a Russian or Kyrgyz word by a
/// simple vowel–consonant rule. One consonant between two vowels starts the next syllable (ма-ма, се-мья); of several, a doubled
/// one splits (Миг-рант-тар-ды) and otherwise the first stays behind (Пред-ста-ви-тель-ство); ь, ъ and й stay with the
/// letter before them (боль-шой, рай-он), and no side is left with a single letter. English words break the same way,
/// except between two vowels.
/// </summary>
public static class Hyphenation
{
    private const string Vowels = "аеёиоуыэюяөүaeiouy";
    private const string StayWithBefore = "ьъй";

    /// <summary>The positions before which <paramref name="word"/> may break, in increasing order.</summary>
    public static IReadOnlyList<int> BreakPoints(string word)
    {
        var vowels = Enumerable.Range(0, word.Length).Where(i => Is(Vowels, word[i])).ToList();
        var points = new List<int>();
        for (var v = 0; v + 1 < vowels.Count; v++)
        {
            var (vowel, next) = (vowels[v], vowels[v + 1]);
            if (!word[(vowel + 1)..next].All(char.IsLetter) || (next == vowel + 1 && !char.IsBetween(word[next], '\u0400', '\u04FF')))
            {
                continue;
            }

            var point = SyllableStart(word, vowel, next);
            while (point < next && Is(StayWithBefore, word[point]))
            {
                point++;
            }

            if (word[..point].Count(char.IsLetter) >= 2 && word[point..].Count(char.IsLetter) >= 2)
            {
                points.Add(point);
            }
        }

        return points;
    }

    /// <summary>Where the syllable of the vowel at <paramref name="next"/> starts, before the ь, ъ, й rule.</summary>
    private static int SyllableStart(string word, int vowel, int next)
    {
        // ь and ъ soften or separate the consonant before them: се-мья, as if one consonant stood there.
        var consonants = word[(vowel + 1)..next].Count(letter => !Is("ьъ", letter));
        if (consonants <= 1)
        {
            return vowel + 1;
        }

        for (var i = vowel + 2; i < next; i++)
        {
            if (char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]))
            {
                return i;
            }
        }

        return vowel + 2;
    }

    private static bool Is(string letters, char letter) => letters.Contains(char.ToLowerInvariant(letter), StringComparison.Ordinal);
}
