using System.Text.Json;

namespace LegalAid.Application.Tests;

/// <summary>qpdf's structural check of a PDF: its cross-reference table, objects and every compressed stream.</summary>
internal static class Qpdf
{
    /// <summary>Fails with qpdf's own words unless it finds neither an error nor a warning.</summary>
    public static async Task AssertSoundAsync(byte[] pdf)
    {
        var check = await PdfTool.RunAsync("qpdf", "qpdf", pdf, file => ["--check", file]);
        Assert.True(check.ExitCode == 0, $"qpdf --check exited with {check.ExitCode}:\n{check.Output}\n{check.Errors}");
        Assert.Contains("No syntax or stream encoding errors found", check.Output);
    }

    /// <summary>The language the document's catalog declares (its <c>/Lang</c>), as qpdf reads it; null when none.</summary>
    public static async Task<string?> LanguageAsync(byte[] pdf)
    {
        var json = await PdfTool.RunAsync("qpdf", "qpdf", pdf, file => ["--json=2", "--json-key=qpdf", file]);
        Assert.True(json.ExitCode == 0, $"qpdf --json exited with {json.ExitCode}:\n{json.Errors}");
        using var document = JsonDocument.Parse(json.Output);
        var objects = document.RootElement.GetProperty("qpdf")[1];
        var root = objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
        // qpdf writes a PDF text string as "u:" and its text.
        return objects.GetProperty($"obj:{root}").GetProperty("value").TryGetProperty("/Lang", out var language)
            ? language.GetString()?.Replace("u:", string.Empty, StringComparison.Ordinal)
            : null;
    }
}
