using LegalAid.Application.Common.Localisation;
using PdfSharp.Drawing;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// Greedy word wrap by measured width; a word wider than the line breaks with a hyphen between syllables
/// (<see cref="Hyphenation"/>), or between letters when no syllable fits (a code, a number).
/// </summary>
internal static class TextWrap
{
    /// <summary>
    /// A soft hyphen, which fonts draw as a hyphen and PDF readers know for one the line break put there (ISO 32000-1,
    /// 14.8.2.2.3), so that a screen reader or a copy gets the word whole.
    /// </summary>
    private const string BreakHyphen = "\u00AD";

    /// <summary>
    /// The lines of <paramref name="text"/> within <paramref name="width"/>. Where the wrap took out a space (or a line
    /// break) the line keeps it, at its end when aligned left and at the start of the next line when aligned right, where
    /// it shows nowhere, so that software reading the text (a screen reader, a copy) does not join the last word of a line
    /// to the first of the next; a word cut by a hyphen or between letters reads as one.
    /// </summary>
    public static List<string> Lines(XGraphics graphics, string text, XFont font, double width, bool alignedRight = false)
    {
        var lines = new List<(string Text, bool EndsAtSpace)>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(graphics, candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add((line, true));
                }

                line = word;
                while (line.Length > 1 && !Fits(graphics, line, font, width))
                {
                    var syllables = LongestFittingSyllables(graphics, line, font, width);
                    var cut = syllables ?? LongestFittingPrefix(graphics, line, font, width);
                    lines.Add((syllables is null ? line[..cut] : line[..cut] + BreakHyphen, false));
                    line = line[cut..];
                }
            }

            lines.Add((line, true));
        }

        return [.. lines.Select((line, i) => alignedRight
            ? (i > 0 && lines[i - 1].EndsAtSpace ? " " + line.Text : line.Text)
            : (i < lines.Count - 1 && line.EndsAtSpace ? line.Text + " " : line.Text))];
    }

    /// <summary>
    /// <paramref name="text"/> on one line of <paramref name="width"/>: whole when it fits, otherwise cut after the
    /// longest run of whole words (of letters, when not even the first word fits) that fits with an ellipsis.
    /// </summary>
    public static string OneLine(XGraphics graphics, string text, XFont font, double width)
    {
        if (Fits(graphics, text, font, width))
        {
            return text;
        }

        const string ellipsis = "…";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fitting = Enumerable.Range(1, words.Length).Select(n => string.Join(' ', words[..n]).TrimEnd(',', ';', ':', '·', '–', '—') + ellipsis)
            .TakeWhile(shortened => Fits(graphics, shortened, font, width)).LastOrDefault();
        return fitting ?? words[0][..LongestFittingPrefix(graphics, words[0], font, width, ellipsis)] + ellipsis;
    }

    /// <summary>
    /// <paramref name="head"/> and <paramref name="tail"/> on one line of <paramref name="width"/>: the head shortened as
    /// <see cref="OneLine(XGraphics, string, XFont, double)"/> does when both do not fit, the tail kept whole (unless it
    /// alone is too long, when the whole is shortened).
    /// </summary>
    public static string OneLine(XGraphics graphics, string head, string tail, XFont font, double width)
    {
        var whole = head + tail;
        var tailWidth = graphics.MeasureString(tail, font).Width;
        return Fits(graphics, whole, font, width) || tailWidth >= width / 2
            ? OneLine(graphics, whole, font, width)
            : OneLine(graphics, head, font, width - tailWidth) + tail;
    }

    /// <summary>The length of the longest run of whole syllables that fits with its hyphen, or null when not even the first does.</summary>
    private static int? LongestFittingSyllables(XGraphics graphics, string word, XFont font, double width) =>
        Hyphenation.BreakPoints(word).Reverse().Where(p => Fits(graphics, word[..p] + BreakHyphen, font, width)).Select(p => (int?)p).FirstOrDefault();

    /// <summary>The length of the longest prefix that fits followed by <paramref name="suffix"/>, at least one letter; by bisection, as a word may be thousands of letters long.</summary>
    private static int LongestFittingPrefix(XGraphics graphics, string word, XFont font, double width, string suffix = "")
    {
        var (fits, tooLong) = (1, word.Length);
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            (fits, tooLong) = Fits(graphics, word[..middle] + suffix, font, width) ? (middle, tooLong) : (fits, middle);
        }

        return fits;
    }

    private static bool Fits(XGraphics graphics, string text, XFont font, double width) => graphics.MeasureString(text, font).Width <= width;
}
