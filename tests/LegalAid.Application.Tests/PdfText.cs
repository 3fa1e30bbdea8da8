using System.ComponentModel;
using System.Diagnostics;

namespace LegalAid.Application.Tests;

/// <summary>The text of a PDF as poppler's pdftotext reads it, one string per page.</summary>
internal static class PdfText
{
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"legalaid-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
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
            return text.Split('\f')[..^1];
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>All pages as one line: a paragraph wrapped over lines reads as it was written.</summary>
    public static string Flatten(IEnumerable<string> pages) => System.Text.RegularExpressions.Regex.Replace(string.Join(' ', pages), @"\s+", " ");

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
