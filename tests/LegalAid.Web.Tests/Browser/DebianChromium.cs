namespace LegalAid.Web.Tests.Browser;

/// <summary>The browser and driver the tests use: Debian's, never a downloaded one.</summary>
internal static class DebianChromium
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverFolder = "/usr/bin";
    public const string DriverFileName = "chromedriver";

    /// <summary>Fails, rather than skips, so that a machine without a browser cannot report browser tests as passed.</summary>
    public static void EnsureInstalled()
    {
        var missing = new[] { BrowserPath, Path.Combine(DriverFolder, DriverFileName) }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium and ChromeDriver; not found: {string.Join(", ", missing)}. " +
                "Install the Debian packages chromium and chromium-driver: sudo apt-get install chromium chromium-driver");
        }
    }
}
