namespace LegalAid.Application.Tests;

/// <summary>The structure tree of a tagged PDF as poppler's <c>pdfinfo -struct-text</c> prints it, one trimmed line each.</summary>
internal static class PdfStructure
{
    /// <summary>Each element's tag ("H1", "TH"…) or, on the line after it, its text in quotes.</summary>
    public static async Task<IReadOnlyList<string>> LinesAsync(byte[] pdf)
    {
        var result = await PdfTool.RunAsync("pdfinfo", "poppler-utils", pdf, file => ["-struct-text", file]);
        Assert.True(result.ExitCode == 0, $"pdfinfo failed: {result.Errors}");
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
    }

    /// <summary>How many header cells have no text: a screen reader would name their column by nothing.</summary>
    public static int EmptyHeaderCells(IReadOnlyList<string> lines) =>
        lines.Where((line, i) => line == "TH" && (i + 1 == lines.Count || !lines[i + 1].StartsWith('"'))).Count();
}
