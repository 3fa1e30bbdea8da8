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

    /// <summary>The words for a screen reader (<c>/Alt</c>) of each figure in the structure tree, in the order they were made.</summary>
    public static async Task<IReadOnlyList<string?>> FigureAltTextsAsync(byte[] pdf) =>
        (await ObjectsAsync(pdf)).EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object ? value : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/S", out var type) && type.GetString() == "/Figure")
            .Select(v => v.TryGetProperty("/Alt", out var alt) ? Text(alt) : null)
            .ToList();

    /// <summary>The language the document's catalog declares (its <c>/Lang</c>), as qpdf reads it; null when none.</summary>
    public static async Task<string?> LanguageAsync(byte[] pdf)
    {
        var objects = await ObjectsAsync(pdf);
        var root = objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
        return objects.GetProperty($"obj:{root}").GetProperty("value").TryGetProperty("/Lang", out var language) ? Text(language) : null;
    }

    /// <summary>Every object of the PDF by its name ("obj:12 0 R", and "trailer") as qpdf's JSON gives it.</summary>
    private static async Task<JsonElement> ObjectsAsync(byte[] pdf)
    {
        var json = await PdfTool.RunAsync("qpdf", "qpdf", pdf, file => ["--json=2", "--json-key=qpdf", file]);
        Assert.True(json.ExitCode == 0, $"qpdf --json exited with {json.ExitCode}:\n{json.Errors}");
        using var document = JsonDocument.Parse(json.Output);
        return document.RootElement.GetProperty("qpdf")[1].Clone();
    }

    /// <summary>qpdf writes a PDF text string as "u:" and its text.</summary>
    private static string? Text(JsonElement value) => value.GetString() is { } text && text.StartsWith("u:", StringComparison.Ordinal) ? text[2..] : value.GetString();
}
