using System.Text.Json;
using Deque.AxeCore.Commons;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// axe-core 4.14 run in the page a browser shows, with the WCAG 2.0 A and AA rules, and the check for empty table headers
/// (a "best practice" in axe-core). The script is the copy the Deque.AxeCore.Commons package carries: nothing is downloaded.
/// </summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> Rules = ["wcag2a", "wcag2aa", "empty-table-header"];

    private const string RunScript = """
        const done = arguments[arguments.length - 1];
        const options = {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
            rules: { 'empty-table-header': { enabled: true } },
            resultTypes: ['violations'],
        };
        axe.run(document, options)
            .then(result => done(JSON.stringify(result.violations)), error => done(JSON.stringify({ error: String(error) })));
        """;

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Every node of the page shown that breaks a rule, one entry per node.</summary>
    public static IReadOnlyList<AccessibilityViolation> Violations(this Browser browser)
    {
        if (!browser.Evaluate<bool>("typeof window.axe === 'object'"))
        {
            browser.Driver.ExecuteScript(AxeScript.Value);
        }

        using var result = JsonDocument.Parse((string)browser.Driver.ExecuteAsyncScript(RunScript)!);
        if (result.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException($"axe-core failed on {browser.Url}: {result.RootElement.GetProperty("error").GetString()}");
        }

        var page = $"{browser.Url.PathAndQuery} at {browser.Size.Width} px";
        return
        [
            .. from rule in result.RootElement.EnumerateArray()
               from node in rule.GetProperty("nodes").EnumerateArray()
               select new AccessibilityViolation(
                   page,
                   rule.GetProperty("id").GetString()!,
                   string.Join(" ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString())),
                   node.GetProperty("html").GetString()!,
                   OneLine(node.GetProperty("failureSummary").GetString())),
        ];
    }

    private static string OneLine(string? text) => string.Join(" ", (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One node that breaks one axe-core rule on one page.</summary>
public sealed record AccessibilityViolation(string Page, string Rule, string Target, string Html, string Why)
{
    public override string ToString() => $"{Page} · {Rule} · {Target} · {Why} · {Html}";
}
