using System.Globalization;
using LegalAid.Application.Resources;
using LegalAid.Domain.Imports;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// An item of one of the app's lists as a file may name it: its value, its label (in the current UI language when asked
/// for, so that one message can name it in each language) and every name it goes by.
/// </summary>
public sealed record VocabularyItem<T>(T Value, Func<string> Label, IReadOnlyList<string> Names);

/// <summary>
/// A list the values of a column are read against: each item by any of its names, case and spacing aside (the
/// same key <see cref="ImportMapping.KeyFor"/> gives a centre's own words), and the closest items for a value that
/// names none.
/// </summary>
public sealed class Vocabulary<T>
{
    private const int SuggestionCount = 3;

    private readonly IReadOnlyList<VocabularyItem<T>> items;
    private readonly Dictionary<string, T> byName = new(StringComparer.Ordinal);

    /// <summary>Each text looked up before, as written: a file repeats the same few values in every row.</summary>
    private readonly Dictionary<string, (bool Found, T Value)> looked = new(StringComparer.Ordinal);

    public Vocabulary(IEnumerable<VocabularyItem<T>> items)
    {
        this.items = [.. items];
        foreach (var item in this.items)
        {
            foreach (var name in item.Names.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                byName.TryAdd(ImportMapping.KeyFor(name), item.Value);
            }
        }
    }

    public IReadOnlyList<VocabularyItem<T>> Items => items;

    public bool TryFind(string text, out T value)
    {
        if (!looked.TryGetValue(text, out var answer))
        {
            looked[text] = answer = (byName.TryGetValue(ImportMapping.KeyFor(text), out var found), found!);
        }

        value = answer.Value;
        return answer.Found;
    }

    /// <summary>The items whose names are most like the text, best first.</summary>
    public IReadOnlyList<VocabularyItem<T>> Closest(string text)
    {
        var key = ImportMapping.KeyFor(text);
        return items
            .Select(item => (item, score: item.Names.Max(name => Similarity.Of(key, ImportMapping.KeyFor(name)))))
            .OrderByDescending(s => s.score)
            .Take(SuggestionCount)
            .Select(s => s.item)
            .ToList();
    }

    /// <summary>The labels of <see cref="Closest"/> in each of the app's languages (<see cref="ImportProblem.InEachLanguage"/>), for a message.</summary>
    public string[] ClosestLabels(string text)
    {
        var closest = Closest(text);
        return ImportProblem.InEachLanguage(() => string.Join(", ", closest.Select(item => $"«{item.Label()}»")));
    }
}

/// <summary>The labels of a choice (Labels.resx) in the app's languages, each a name a file may use for it.</summary>
public static class ChoiceLabels
{
    private static readonly string[] Languages = ["ru", "ky", "en"];

    public static IReadOnlyList<string> Of(string key) =>
        [.. Languages.Select(language => Labels.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key)];
}

/// <summary>How alike two texts are, from 0 to 1: whole-text edit distance, or the share of the first text's words that start a word of the second.</summary>
internal static class Similarity
{
    private const int StemLength = 5;

    public static double Of(string text, string name)
    {
        if (text.Length == 0 || name.Length == 0)
        {
            return 0;
        }

        return Math.Max(1 - (double)Distance(text, name) / Math.Max(text.Length, name.Length), SharedWords(text, name));
    }

    private static double SharedWords(string text, string name)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        var nameWords = name.Split([' ', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var shared = words.Count(word =>
        {
            var stem = word[..Math.Min(StemLength, word.Length)];
            return nameWords.Any(n => n.StartsWith(stem, StringComparison.Ordinal));
        });
        return 0.95 * shared / words.Count;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
