using System.Text.RegularExpressions;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// Every page an account reaches by following the app's links, breadth first from a start page. Addresses that differ
/// only in numbers or query values are one page, visited once (<c>/Cases/12</c> and <c>/Cases/31</c>; <c>/Cases/12?voided=true</c>
/// is another); links to files (PDF, CSV, iCalendar) and to the JSON API are not pages.
/// </summary>
public static partial class PageWalk
{
    private const string LinksScript = """
        return [...document.querySelectorAll('a[href]')]
            .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
            .map(a => a.pathname + a.search);
        """;

    /// <summary>Asks with HEAD so a file is not downloaded; pages answer it as they answer GET.</summary>
    private const string ContentTypeScript = """
        const request = new XMLHttpRequest();
        request.open('HEAD', arguments[0], false);
        request.send();
        return request.getResponseHeader('Content-Type') ?? '';
        """;

    /// <summary>Visits each page once, calling <paramref name="onPage"/> there; returns the addresses visited.</summary>
    public static IReadOnlyList<string> From(Browser browser, string start, Action<string> onPage, int limit = 80)
    {
        var visited = new List<string>();
        var seen = new HashSet<string> { Shape(start) };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var address))
        {
            if (visited.Count == limit)
            {
                throw new InvalidOperationException($"More than {limit} pages are reachable from {start}; raise the limit if the app grew.");
            }

            browser.GoTo(address);
            visited.Add(address);
            onPage(address);
            foreach (var link in (browser.Driver.ExecuteScript(LinksScript) as IEnumerable<object> ?? []).Cast<string>())
            {
                if (!link.StartsWith("/api/", StringComparison.Ordinal) && seen.Add(Shape(link)) && IsPage(browser, link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return visited;
    }

    private static bool IsPage(Browser browser, string address) =>
        ((string)browser.Driver.ExecuteScript(ContentTypeScript, address)!).StartsWith("text/html", StringComparison.Ordinal);

    private static string Shape(string address)
    {
        var parts = address.Split('?', 2);
        var path = Number().Replace(parts[0], "/#");
        var keys = parts.Length == 1 ? [] : parts[1].Split('&').Select(pair => pair.Split('=')[0]).Order(StringComparer.Ordinal).ToArray();
        return $"{path}?{string.Join("&", keys)}";
    }

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();
}
