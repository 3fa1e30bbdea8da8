using System.ComponentModel;
using System.Diagnostics;

namespace LegalAid.Web.Tests.Browser;

/// <summary>Finds processes by a folder of ours on their command line and kills them, with their children, by id.</summary>
internal static class LeftoverProcesses
{
    public static void Kill(string folder)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var id) && id != Environment.ProcessId
                && CommandLine(directory).Contains(folder, StringComparison.Ordinal))
            {
                KillTree(id);
            }
        }
    }

    private static string CommandLine(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "cmdline"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void KillTree(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
        {
            // It ended on its own in the meantime.
        }
    }
}
