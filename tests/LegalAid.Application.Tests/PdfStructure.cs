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

    /// <summary>Each heading's tag ("H1"…) and text, in reading order.</summary>
    public static IReadOnlyList<string> Headings(IReadOnlyList<string> lines) =>
        lines.Select((line, i) => (line, i)).Where(l => l.line is ['H', >= '1' and <= '6', ' ', ..] && l.i + 1 < lines.Count)
            .Select(l => $"{l.line[..2]} {lines[l.i + 1].Trim('"').TrimEnd()}").ToList();

    /// <summary>The outline a screen reader navigates: the title the only H1 and first, and no heading more than one level below the one before it.</summary>
    public static void AssertOutline(IReadOnlyList<string> lines)
    {
        var headings = Headings(lines);
        var levels = headings.Select(h => h[1] - '0').ToList();
        Assert.Equal(1, levels.FirstOrDefault());
        Assert.Single(levels, 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"A heading skips a level: {string.Join(" / ", headings)}"));
    }
}
