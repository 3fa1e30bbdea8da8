using System.Runtime.CompilerServices;

namespace LegalAid.Web.Tests;

/// <summary>
/// Each test app would watch its settings and static files through inotify, and a few hundred test apps in one run
/// exhaust the kernel's per-user limit of inotify instances (128 by default). The tests never change those files.
/// </summary>
internal static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Disable()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
