using OpenQA.Selenium;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// Each test gets the whole app on Kestrel (a real port on 127.0.0.1) with a fresh database and the test accounts,
/// and a headless Chromium: <see cref="Browser"/> (desktop, opened on first use) or <see cref="Open"/> (any size).
/// A failed <see cref="Step"/>, or a failed test, leaves a screenshot and the page's HTML in
/// <c>bin/…/TestResults/browser-screenshots/&lt;test&gt;/</c>.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private readonly List<Browser> browsers = [];
    private Browser? desktop;
    private string? evidenceFolder;
    private bool evidenceSaved;

    protected LegalAidFactory Factory { get; } = new();

    protected Browser Browser => desktop ??= Open(BrowserSize.Desktop);

    public virtual async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        await Factory.SeedAccountsAsync();
    }

    protected Browser Open(BrowserSize size)
    {
        evidenceFolder ??= BrowserEvidence.FolderForCurrentTest();
        var browser = new Browser(Factory.ClientOptions.BaseAddress, size, evidenceFolder);
        browsers.Add(browser);
        return browser;
    }

    /// <summary>Runs one step of a test; if it fails, saves what every open browser shows, named after the step.</summary>
    protected void Step(string name, Action action)
    {
        try
        {
            action();
        }
        catch
        {
            SaveEvidence(name);
            throw;
        }
    }

    private void SaveEvidence(string name)
    {
        evidenceSaved = true;
        foreach (var (browser, number) in browsers.Select((browser, index) => (browser, index + 1)))
        {
            var file = browsers.Count == 1 ? name : $"{name}-{number}-{browser.Size}";
            try
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"Browser evidence: {browser.Screenshot(file)} and {browser.SavePage(file)}");
            }
            catch (Exception e) when (e is WebDriverException or IOException)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"No browser evidence for '{file}': {e.Message}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed && !evidenceSaved)
        {
            SaveEvidence("failed");
        }

        foreach (var browser in browsers)
        {
            browser.Dispose();
        }

        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
