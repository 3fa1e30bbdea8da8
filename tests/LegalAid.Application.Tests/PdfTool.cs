using System.ComponentModel;
using System.Diagnostics;

namespace LegalAid.Application.Tests;

/// <summary>Runs a command-line PDF tool on a PDF written to a temporary file (<c>arguments</c> get its path), and says which Debian package to install if it is missing.</summary>
internal static class PdfTool
{
    public static async Task<PdfToolResult> RunAsync(string program, string package, byte[] pdf, Func<string, string[]> arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"legalaid-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(program, arguments(file))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var process = Start(start, package);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new PdfToolResult(process.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process Start(ProcessStartInfo start, string package)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{start.FileName} is not installed: install the Debian package {package} (.ci/run does).", e);
        }
    }
}

internal sealed record PdfToolResult(int ExitCode, string Output, string Errors);
