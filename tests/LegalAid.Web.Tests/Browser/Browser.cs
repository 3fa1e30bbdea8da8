using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// A headless Chromium on the app under test, with the few actions tests need. Selectors are CSS. Every action waits
/// up to 10 seconds for its element, so tests never sleep.
/// </summary>
public sealed class Browser : IDisposable
{
    private const string LoginPath = "/Account/Login";

    private const string FieldByLabelScript = """
        const normalise = text => text.replace(/\s+/g, ' ').trim();
        const wanted = normalise(arguments[0]);
        return [...document.querySelectorAll('label')]
            .find(label => [normalise(label.textContent), normalise(label.textContent).replace(/\s*\*$/, '')].includes(wanted))
            ?.control ?? null;
        """;

    private const string SetValueScript = """
        const [field, value] = arguments;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        return field.value;
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ChromeSession session;
    private readonly Uri baseAddress;
    private readonly string evidenceFolder;

    internal Browser(Uri baseAddress, BrowserSize size, string evidenceFolder)
    {
        this.baseAddress = baseAddress;
        this.evidenceFolder = evidenceFolder;
        Size = size;
        session = new ChromeSession(size);
    }

    public BrowserSize Size { get; }

    /// <summary>For what the helpers do not cover.</summary>
    public ChromeDriver Driver => session.Driver;

    public Uri Url => new(Driver.Url);

    public void GoTo(string path) => Driver.Navigate().GoToUrl(new Uri(baseAddress, path));

    /// <summary>Signs in through the real sign-in form and waits until the app lets the account in.</summary>
    public void SignIn(string email, string password = LegalAidFactory.Password)
    {
        GoTo(LoginPath);
        Fill("input[name='Input.Email']", email);
        Fill("input[name='Input.Password']", password);
        Click("form:has(input[name='Input.Password']) button[type=submit]");
        var error = Until(
            driver => new Uri(driver.Url).AbsolutePath != LoginPath
                ? ""
                : driver.FindElements(By.CssSelector(".validation-summary-errors")).FirstOrDefault(summary => summary.Displayed)?.Text,
            $"signing in as {email} to leave the sign-in page");
        if (error.Length > 0)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {error}");
        }
    }

    public IWebElement WaitFor(string css) => Until(driver => Visible(driver, css), $"'{css}' to be visible");

    public void WaitForUrl(string fragment) =>
        Until(driver => driver.Url.Contains(fragment, StringComparison.Ordinal), $"the address to contain '{fragment}'");

    /// <summary>Waits until the address's path is exactly <paramref name="path"/>, e.g. back on <c>/Cases/7</c> from <c>/Cases/7/consultations/new</c>.</summary>
    public void WaitForPath(string path) =>
        Until(driver => new Uri(driver.Url).AbsolutePath == path, $"the address's path to be '{path}'");

    /// <summary>Waits until the page shown is in <paramref name="language"/> (after a language switch, which reloads the page).</summary>
    public void WaitForLanguage(string language) =>
        Until(driver => (string?)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.lang;") == language, $"the page to be in '{language}'");

    /// <summary>Waits until the page, as rendered so far, holds the text anywhere.</summary>
    public void WaitForText(string text) =>
        Until(driver => driver.PageSource.Contains(text, StringComparison.Ordinal), $"'{text}' to be on the page");

    /// <summary>Waits until the element shows <paramref name="text"/>, read again while the page is being replaced.</summary>
    public void WaitForTextIn(string css, string text) =>
        Until(driver => Visible(driver, css)?.Text.Contains(text, StringComparison.Ordinal) == true, $"'{css}' to show '{text}'");

    public string Text(string css) => Until(driver => Visible(driver, css)?.Text, $"'{css}' to be visible");

    /// <summary>Types into the field whose label reads <paramref name="labelOrCss"/> (a trailing required-field * may be left out), or else the one the CSS selects.</summary>
    public void Fill(string labelOrCss, string text)
    {
        var field = Until(driver => FieldLabelled(labelOrCss) ?? VisibleIfCss(driver, labelOrCss), $"a field labelled or selected by '{labelOrCss}'");
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>
    /// Sets a value the way a script would, then raises input and change. For date and datetime-local inputs, whose
    /// typed format follows the browser's locale: pass ISO values, 2024-12-25 or 2024-12-25T14:30.
    /// </summary>
    public void SetValue(string css, string value)
    {
        var kept = (string?)Driver.ExecuteScript(SetValueScript, WaitFor(css), value);
        if (string.IsNullOrEmpty(kept) && value.Length > 0)
        {
            throw new InvalidOperationException($"'{css}' refused the value '{value}'.");
        }
    }

    /// <summary>Chooses the option of a select list whose value, or else whose text, is <paramref name="valueOrText"/>.</summary>
    public void Select(string css, string valueOrText)
    {
        var options = WaitFor(css).FindElements(By.TagName("option"));
        var option = options.FirstOrDefault(o => o.GetDomProperty("value") == valueOrText)
            ?? options.FirstOrDefault(o => o.Text.Trim() == valueOrText)
            ?? throw new InvalidOperationException(
                $"'{css}' has no option '{valueOrText}'; it offers {string.Join(", ", options.Select(o => $"'{o.GetDomProperty("value")}' ({o.Text.Trim()})"))}.");
        option.Click();
    }

    public void Click(string css) => Until(driver => ClickIfReady(Visible(driver, css)), $"'{css}' to be clickable");

    /// <summary>Clicks the visible button, submit input or button-styled link whose text is <paramref name="text"/>.</summary>
    public void ClickButton(string text) =>
        Until(
            driver => ClickIfReady(driver.FindElements(By.CssSelector("button, input[type=submit], input[type=button], a.btn"))
                .FirstOrDefault(button => button.Displayed && ButtonText(button) == text)),
            $"a button '{text}' to be clickable");

    /// <summary>Chooses a file for a file input, which may be hidden.</summary>
    public void Upload(string css, string path) =>
        Until(driver => driver.FindElements(By.CssSelector(css)).FirstOrDefault(), $"'{css}' to exist").SendKeys(Path.GetFullPath(path));

    /// <summary>Evaluates a JavaScript expression in the page, e.g. <c>Evaluate&lt;long&gt;("window.innerWidth")</c>.</summary>
    public T Evaluate<T>(string expression) =>
        (T)Convert.ChangeType(Driver.ExecuteScript($"return {expression};"), typeof(T), CultureInfo.InvariantCulture)!;

    /// <summary>
    /// Whether the page is wider than the screen. Compared with the layout viewport's width: on a phone, Chromium
    /// widens <c>window.innerWidth</c> to fit content that overflows, so a page never looks wider than that.
    /// </summary>
    public bool ScrollsSideways() =>
        Evaluate<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>Saves what the browser shows as a PNG in the test's evidence folder and returns its path.</summary>
    public string Screenshot(string name)
    {
        var path = EvidencePath(name, ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Saves the page's current HTML next to the screenshots and returns its path.</summary>
    public string SavePage(string name)
    {
        var path = EvidencePath(name, ".html");
        File.WriteAllText(path, $"<!-- {Driver.Url} -->\n{Driver.PageSource}");
        return path;
    }

    public void Dispose() => session.Dispose();

    private string EvidencePath(string name, string extension) =>
        Path.Combine(Directory.CreateDirectory(evidenceFolder).FullName, BrowserEvidence.FileName(name) + extension);

    private TResult Until<TResult>(Func<IWebDriver, TResult?> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Timeout);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(ElementClickInterceptedException), typeof(ElementNotInteractableException));
        try
        {
            return wait.Until(driver =>
            {
                try
                {
                    return condition(driver);
                }
                catch (UnknownErrorException e) when (LeftTheDocument(e))
                {
                    return default; // read from the page being replaced: ask the new one
                }
            })!;
        }
        catch (WebDriverTimeoutException e)
        {
            throw new WebDriverTimeoutException($"Waited {Timeout.TotalSeconds:0} s for {what}; the page is {Driver.Url}", e);
        }
    }

    private static IWebElement? Visible(IWebDriver driver, string css) =>
        driver.FindElements(By.CssSelector(css)).FirstOrDefault(IsDisplayed);

    /// <summary>An element of a page being left is not shown (see <see cref="LeftTheDocument"/>).</summary>
    private static bool IsDisplayed(IWebElement element)
    {
        try
        {
            return element.Displayed;
        }
        catch (UnknownErrorException e) when (LeftTheDocument(e))
        {
            return false;
        }
    }

    /// <summary>Chromium reports an element of a page being left as "not in the document" rather than stale.</summary>
    private static bool LeftTheDocument(UnknownErrorException e) => e.Message.Contains("does not belong to the document", StringComparison.Ordinal);

    private static IWebElement? VisibleIfCss(IWebDriver driver, string labelOrCss)
    {
        try
        {
            return Visible(driver, labelOrCss);
        }
        catch (InvalidSelectorException)
        {
            return null; // a label text that is not valid CSS, such as "Дата (если известна)"
        }
    }

    private IWebElement? FieldLabelled(string label) => Driver.ExecuteScript(FieldByLabelScript, label) as IWebElement;

    private static bool ClickIfReady(IWebElement? element)
    {
        if (element is not { Displayed: true, Enabled: true })
        {
            return false;
        }

        element.Click();
        return true;
    }

    private static string ButtonText(IWebElement button) =>
        (button.TagName == "input" ? button.GetDomProperty("value") ?? "" : button.Text).Trim();
}
