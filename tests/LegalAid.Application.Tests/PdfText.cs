using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LegalAid.Application.Tests;

/// <summary>The text of a PDF as poppler's pdftotext reads it: one string per page, or its words and where they stand.</summary>
internal static class PdfText
{
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf) =>
        (await RunAsync(pdf, "-layout")).Split('\f')[..^1];

    /// <summary>Every word of the PDF with where it starts and ends across (in points from the page's top left), in reading order.</summary>
    public static async Task<IReadOnlyList<PdfWord>> WordsAsync(byte[] pdf) =>
        Regex.Matches(await RunAsync(pdf, "-bbox"), "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>")
            .Select(m => new PdfWord(WebUtility.HtmlDecode(m.Groups[4].Value), Point(m.Groups[1]), Point(m.Groups[2]), Point(m.Groups[3])))
            .ToList();

    private static double Point(Group value) => double.Parse(value.Value, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(byte[] pdf, string mode)
    {
        var result = await PdfTool.RunAsync("pdftotext", "poppler-utils", pdf, file => [mode, "-enc", "UTF-8", file, "-"]);
        Assert.True(result.ExitCode == 0, $"pdftotext failed: {result.Errors}");
        return result.Output;
    }

    /// <summary>All pages as one line: a paragraph wrapped over lines reads as it was written.</summary>
    public static string Flatten(IEnumerable<string> pages) => Regex.Replace(string.Join(' ', pages), @"\s+", " ");
}

internal sealed record PdfWord(string Text, double X, double Y, double Right);
