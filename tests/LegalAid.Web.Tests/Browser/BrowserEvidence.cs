using System.Text.RegularExpressions;

namespace LegalAid.Web.Tests.Browser;

/// <summary>Screenshots and page HTML of browser tests: <c>TestResults/browser-screenshots/&lt;test&gt;/&lt;step&gt;.png</c>.</summary>
internal static partial class BrowserEvidence
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser-screenshots");

    /// <summary>The current test's folder, emptied so that it only ever holds evidence of the latest run.</summary>
    public static string FolderForCurrentTest()
    {
        var test = TestContext.Current.Test ?? throw new InvalidOperationException("Browsers are opened from within a test.");
        var folder = Path.Combine(Root, FileName(test.TestDisplayName.Replace(typeof(LegalAidFactory).Namespace + ".", "", StringComparison.Ordinal)));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    public static string FileName(string name) => Unsafe().Replace(name, "_");

    [GeneratedRegex(@"[^\p{L}\p{Nd}._=-]+")]
    private static partial Regex Unsafe();
}
