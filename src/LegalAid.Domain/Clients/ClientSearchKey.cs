namespace LegalAid.Domain.Clients;

/// <summary>
/// What a client is found by: every word of every name part, spelt in Latin and as its phonetic skeleton
/// (<see cref="Tokens"/>), each typed word matched against their starts (<see cref="Terms"/>). <see cref="For"/>
/// builds the previous release's single search text (names as written and folded, and the phone's digits), kept
/// up to date for one more release because its servers search it during a rolling upgrade; drop it after.
/// </summary>
public static class ClientSearchKey
{
    /// <summary>Shorter skeletons would match too much to be useful ("Az" is Aziz, Aza and Aziza).</summary>
    public const int MinimumFoldedLength = 3;

    public static string For(PersonName name, string? phone)
    {
        var names = string.Join(' ', NameParts(name));
        var parts = new[] { Fold(names), NameFolding.Fold(names), phone is null ? null : PhoneNumber.Digits(phone) };
        return string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    public static string Fold(string text) => Common.Text.Normalize(text).ToLowerInvariant();

    /// <summary>The distinct tokens of a name: each word's spelling and, when long enough, its skeleton.</summary>
    public static IReadOnlySet<(NameTokenKind Kind, string Value)> Tokens(PersonName name)
    {
        var tokens = new HashSet<(NameTokenKind, string)>();
        foreach (var word in NameParts(name).SelectMany(NameFolding.Words))
        {
            var term = TermOf(word);
            if (term.Spelling.Length > 0)
            {
                tokens.Add((NameTokenKind.Spelling, term.Spelling));
            }

            if (term.Sound is not null)
            {
                tokens.Add((NameTokenKind.Sound, term.Sound));
            }
        }

        return tokens;
    }

    /// <summary>The words of a query, each of which a client's name must match (in any order); words without letters are left out.</summary>
    public static IReadOnlyList<NameTerm> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : NameFolding.Words(query).Select(TermOf).Where(t => t.Spelling.Length > 0).Distinct().ToList();

    /// <summary>The rest of a Latin letter pair that stands for one sound, by its first letter (see <see cref="NameTerm.UnfinishedSpelling"/>).</summary>
    private static readonly Dictionary<char, string> PairEndings = new() { ['s'] = "h", ['k'] = "h", ['z'] = "h", ['c'] = "h", ['t'] = "s", ['d'] = "zh" };

    private static NameTerm TermOf(string word)
    {
        var spelling = Cut(NameFolding.Spelling(word));
        var sound = Cut(NameFolding.Skeleton(word));
        var unfinished = PairEndings.TryGetValue(word[^1], out var ending) ? Cut(NameFolding.Spelling(word + ending)) : null;
        return new NameTerm(spelling, sound.Length >= MinimumFoldedLength ? sound : null, unfinished == spelling ? null : unfinished);
    }

    private static string Cut(string token) => token.Length > ClientNameToken.MaxLength ? token[..ClientNameToken.MaxLength] : token;

    private static IEnumerable<string> NameParts(PersonName name) =>
        new[] { name.FamilyName, name.GivenName, name.Patronymic, name.LatinName }.Where(p => !string.IsNullOrEmpty(p))!;
}
