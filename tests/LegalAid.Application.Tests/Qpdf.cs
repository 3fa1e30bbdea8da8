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
}
