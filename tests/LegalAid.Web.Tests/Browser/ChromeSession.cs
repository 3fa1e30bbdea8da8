using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// One headless Chromium driven by Debian's chromedriver, with its own profile in <see cref="BrowserRunFolder"/>;
/// disposing quits the browser and ends every process it left.
/// </summary>
internal sealed class ChromeSession : IDisposable
{
    private readonly string profile;
    private readonly ChromeDriverService service;

    public ChromeSession(BrowserSize size)
    {
        DebianChromium.EnsureInstalled();
        profile = BrowserRunFolder.Current.NewSession();

        // An explicit driver folder and file name means Selenium Manager is never asked to find or download one.
        service = ChromeDriverService.CreateDefaultService(DebianChromium.DriverFolder, DebianChromium.DriverFileName);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        service.LogPath = profile + ".chromedriver.log"; // kept after the session; also puts the profile's path on chromedriver's command line
        service.DriverProcessStarting += (_, e) =>
        {
            foreach (var (variable, value) in BrowserRunFolder.Current.DriverEnvironment)
            {
                e.DriverServiceProcessStartInfo.Environment[variable] = value;
            }
        };
        try
        {
            Driver = new ChromeDriver(service, Options(size), TimeSpan.FromSeconds(30));
            Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        }
        catch
        {
            RemoveLeftovers();
            throw;
        }
    }

    public ChromeDriver Driver { get; }

    private ChromeOptions Options(BrowserSize size)
    {
        var options = new ChromeOptions { BinaryLocation = DebianChromium.BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            $"--user-data-dir={profile}",
            size.IsPhone ? "--window-size=1280,900" : $"--window-size={size.Width},{size.Height}",
            // Chromium looks up Google's hosts even with background networking off: nothing but loopback resolves.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            "--lang=ru",
            // Bootstrap scrolls smoothly and animates collapses otherwise, and clicks would land where an element was.
            "--force-prefers-reduced-motion");

        // The app chooses its language from Accept-Language; its users see Russian first.
        options.AddUserProfilePreference("intl.accept_languages", "ru");
        if (size.IsPhone)
        {
            // Headless Chromium does not make a window narrower than 500 px, so phones are emulated.
            options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
            {
                UserAgent = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome Mobile Safari/537.36",
                Width = size.Width,
                Height = size.Height,
                PixelRatio = 1,
                EnableTouchEvents = true,
            });
        }

        return options;
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        catch (WebDriverException)
        {
            // The browser is already gone; its processes are killed below all the same.
        }

        RemoveLeftovers();
    }

    private void RemoveLeftovers()
    {
        service.Dispose();
        LeftoverProcesses.Kill(profile);
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
