using System.Buffers;
using System.Text;

namespace LegalAid.Domain.Common;

/// <summary>Normalises free text typed by users: trimmed, NFC, without bidirectional controls, otherwise kept exactly.</summary>
public static class Text
{
    /// <summary>
    /// Invisible characters that reorder the text around them: "doc‮fdp.exe" shows as "docexe.pdf".
    /// Names refuse them; free text loses them.
    /// </summary>
    private static readonly SearchValues<char> BidiControls = SearchValues.Create(
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.AsSpan().ContainsAny(BidiControls))
        {
            trimmed = string.Concat(trimmed.Where(c => !BidiControls.Contains(c))).Trim();
        }

        return ToFormC(trimmed);
    }

    /// <summary>
    /// The text in Unicode's composed form (NFC). Text of Latin letters up to U+02FF and Cyrillic ones (U+0400–U+052F,
    /// Kyrgyz and Tajik letters included) holds no combining mark and no letter NFC replaces, so it is NFC already and
    /// is returned as it is: asking ICU costs microseconds a string, which an import of 100,000 rows pays a million times.
    /// </summary>
    public static string ToFormC(string value)
    {
        foreach (var c in value)
        {
            if (c >= '\u0300' && (c < '\u0400' || c > '\u052F'))
            {
                return value.Normalize(NormalizationForm.FormC);
            }
        }

        return value;
    }

    public static string? NormalizeOptional(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = Normalize(value);
        return normalized.Length == 0 ? null : normalized;
    }

    /// <summary>True when the text holds a control character other than line breaks and tabs.</summary>
    public static bool HasControlCharacters(string value, bool allowLineBreaks = false) =>
        value.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\r' or '\n' or '\t'));

    /// <summary>True when the text holds U+FFFD, what a decoder puts where the bytes were not text in its encoding.</summary>
    public static bool HasUndecodableCharacters(string value) => value.Contains('\uFFFD', StringComparison.Ordinal);

    /// <summary>True when the text holds a character that changes the direction of the text around it.</summary>
    public static bool HasBidiControls(string value) => value.AsSpan().ContainsAny(BidiControls);
}
