using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalAid.Domain.Cases;

/// <summary>A case's human-readable number, unique per centre and year: <c>MOW-2026-00042</c>.</summary>
public sealed record CaseNumber(string CentreCode, int Year, int Sequence)
{
    private static readonly Regex Shape = new(@"^[A-Za-z]{2,10}-[0-9]{4}-[0-9]{5,}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="text"/> is written as a case number is, in letters of either case («mow-2026-00173»).</summary>
    public static bool IsShaped(string text) => Shape.IsMatch(text);

    private static readonly Regex Typed = new(@"^(?<centre>[A-Za-z]{2,10})-(?<year>[0-9]{4})-(?<sequence>[0-9]{1,9})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The case number <paramref name="text"/> names as a person may type it, in letters of either case and its last
    /// part short («mow-2026-173» is MOW-2026-00173); null when it is no case number.
    /// </summary>
    public static CaseNumber? Read(string text) =>
        Typed.Match(text) is { Success: true } number
            ? new(number.Groups["centre"].Value.ToUpperInvariant(), int.Parse(number.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(number.Groups["sequence"].Value, CultureInfo.InvariantCulture))
            : null;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CentreCode}-{Year:0000}-{Sequence:00000}");
}
