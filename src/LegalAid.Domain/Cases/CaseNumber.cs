using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalAid.Domain.Cases;

/// <summary>A case's human-readable number, unique per centre and year: <c>MOW-2026-00042</c>.</summary>
public sealed record CaseNumber(string CentreCode, int Year, int Sequence)
{
    private static readonly Regex Shape = new(@"^[A-Za-z]{2,10}-[0-9]{4}-[0-9]{5,}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="text"/> is written as a case number is, in letters of either case («mow-2026-00173»).</summary>
    public static bool IsShaped(string text) => Shape.IsMatch(text);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CentreCode}-{Year:0000}-{Sequence:00000}");
}
