using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LegalAid.Application.Tests;

/// <summary>The text of a PDF as poppler's pdftotext reads it: one string per page, or its words and where they stand.</summary>
internal static class PdfText
{
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf) =>
        (await RunAsync(pdf, "-layout")).Split('\f')[..^1];

    /// <summary>Every word of the PDF with where it starts (in points from the page's top left), in reading order.</summary>
    public static async Task<IReadOnlyList<PdfWord>> WordsAsync(byte[] pdf) =>
        Regex.Matches(await RunAsync(pdf, "-bbox"), "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>")
            .Select(m => new PdfWord(WebUtility.HtmlDecode(m.Groups[3].Value), double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();

    private static async Task<string> RunAsync(byte[] pdf, string mode)
    {
        var file = Path.Combine(Path.GetTempPath(), $"legalaid-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", [mode, "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var process = StartOrExplain(start);
            var text = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {errors}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>All pages as one line: a paragraph wrapped over lines reads as it was written.</summary>
    public static string Flatten(IEnumerable<string> pages) => Regex.Replace(string.Join(' ', pages), @"\s+", " ");

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext is not installed: install the Debian package poppler-utils (.ci/run does).", e);
        }
    }
}

internal sealed record PdfWord(string Text, double X, double Y);
