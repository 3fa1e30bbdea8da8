namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// Everything the browsers of one test run write (profiles, temporary files, caches, chromedriver logs) goes under
/// <c>browser-run/</c> in the test output folder, emptied when the run starts. Its path is on the command line of every
/// chromedriver and Chromium started here, which is how leftovers of a run that was killed are found and ended.
/// </summary>
internal sealed class BrowserRunFolder
{
    private const string TempLinkPrefix = "legalaid-chromium-";

    private static readonly Lazy<BrowserRunFolder> Prepared = new(() => new BrowserRunFolder(Path.Combine(AppContext.BaseDirectory, "browser-run")));

    private readonly string root;

    private BrowserRunFolder(string root)
    {
        this.root = root;
        EndLeftovers();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        // Chromium binds a Unix socket inside TMPDIR, and socket paths must stay under 108 bytes, which the output
        // folder's path nearly uses up already: TMPDIR is a short link in the system's temporary folder to the run's own.
        var tempLink = Path.Combine(Path.GetTempPath(), TempLinkPrefix + Guid.NewGuid().ToString("N")[..12]);
        File.CreateSymbolicLink(tempLink, Folder("tmp"));
        DriverEnvironment = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = Folder("config"),
            ["XDG_CACHE_HOME"] = Folder("cache"),
            ["TMPDIR"] = tempLink,
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => EndLeftovers();
    }

    public static BrowserRunFolder Current => Prepared.Value;

    /// <summary>For chromedriver, which passes it on to Chromium: without it they write into $HOME and /tmp.</summary>
    public IReadOnlyDictionary<string, string> DriverEnvironment { get; }

    public string NewSession() => Folder(Guid.NewGuid().ToString("N")[..12]);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(root, name)).FullName;

    /// <summary>Ends the processes and removes the temporary-folder link that this run, or an earlier one killed midway, left.</summary>
    private void EndLeftovers()
    {
        LeftoverProcesses.Kill(root);
        foreach (var link in Directory.EnumerateFileSystemEntries(Path.GetTempPath(), TempLinkPrefix + "*"))
        {
            if (new FileInfo(link).LinkTarget?.StartsWith(root, StringComparison.Ordinal) == true)
            {
                File.Delete(link);
            }
        }
    }
}
