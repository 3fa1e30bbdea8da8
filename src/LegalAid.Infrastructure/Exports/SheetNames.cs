namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// Names of worksheets as Excel allows them: at most 31 characters, none of : \ / ? * [ ], not starting or ending
/// with an apostrophe, unique in the workbook (ignoring case). A longer title is cut at a word boundary, so a sheet
/// reads "Closed cases by outcome and", not "Closed cases by outcome and pr".
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    public string For(string title)
    {
        var clean = string.Join(' ', new string(title.Select(c => ":\\/?*[]".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        var name = Shorten(clean.Length == 0 ? "Sheet" : clean, MaxLength);
        for (var copy = 2; taken.Contains(name); copy++)
        {
            var suffix = $" ({copy})";
            name = Shorten(clean, MaxLength - suffix.Length) + suffix;
        }

        taken.Add(name);
        return name;
    }

    /// <summary>The words of <paramref name="text"/> that fit in <paramref name="length"/>; a first word longer than that is cut.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        var words = cut > 0 ? text[..cut] : text[..length];
        return words.TrimEnd(' ', ',', ';', '-', '–', '\'');
    }
}
