using System.Text;

namespace LegalAid.Domain.Common;

/// <summary>Normalises free text typed by users: trimmed, NFC, otherwise kept exactly.</summary>
public static class Text
{
    public static string Normalize(string value) => value.Trim().Normalize(NormalizationForm.FormC);

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
}
