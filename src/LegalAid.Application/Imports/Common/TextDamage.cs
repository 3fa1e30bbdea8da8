using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// Finds text a file has damaged on its way here. Windows-1251 has no Kyrgyz ң ө ү (nor Tajik or Uzbek letters):
/// a program saving such a name in it writes "?" instead ("Үсөнбаев" becomes "?с?нбаев"), and the letters are lost
/// for good. Text once read in the wrong encoding and saved again turns into "РќСѓСЂР»Р°РЅ" or "ÐÑƒÑ€Ð»Ð°Ð½"; bytes that
/// were no text at all read as U+FFFD.
/// </summary>
public static class TextDamage
{
    private static readonly Encoding[] WrongReadings;

    /// <summary>
    /// The characters those encodings read the bytes 0x80–0xBF as, which every UTF-8 letter beyond ASCII ends with: text
    /// without one of them cannot be misread UTF-8, and most text (plain Cyrillic or Latin) is cleared by this alone.
    /// </summary>
    private static readonly SearchValues<char> ContinuationReadings;

    static TextDamage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        WrongReadings = new[] { 1251, 1252, 28591 }.Select(page => Encoding.GetEncoding(page, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback)).ToArray();
        byte[] continuations = [.. Enumerable.Range(0x80, 0x40).Select(b => (byte)b)];
        ContinuationReadings = SearchValues.Create(string.Concat(WrongReadings.Select(encoding => encoding.GetString(continuations))).Replace("\uFFFD", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>A "?" in a name, or in other text right before a letter: letters the file could not hold.</summary>
    public static bool HasLostLetters(string text, bool isName)
    {
        for (var i = text.IndexOf('?', StringComparison.Ordinal); i >= 0; i = text.IndexOf('?', i + 1))
        {
            if (isName || (i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>U+FFFD, or UTF-8 read as Windows-1251, Windows-1252 or Latin-1.</summary>
    public static bool IsMisdecoded(string text) =>
        Domain.Common.Text.HasUndecodableCharacters(text)
        || (text.AsSpan().ContainsAny(ContinuationReadings) && WasUtf8InAWrongReading(text));

    private static bool WasUtf8InAWrongReading(string text) => WrongReadings.Any(encoding => WasUtf8(text, encoding));

    /// <summary>
    /// True when the text, written back in that encoding (every character of it: a "?" it had to put in for one means
    /// no), gives valid UTF-8 with letters beyond ASCII: mojibake.
    /// </summary>
    private static bool WasUtf8(string text, Encoding encoding)
    {
        var bytes = encoding.GetBytes(text);
        return !Ascii.IsValid(bytes) && bytes.Count(b => b == '?') == text.Count(c => c == '?') && Utf8.IsValid(bytes);
    }
}
