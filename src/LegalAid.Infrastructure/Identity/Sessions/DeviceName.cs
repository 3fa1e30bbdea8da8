namespace LegalAid.Infrastructure.Identity.Sessions;

/// <summary>
/// A short, language-neutral name of the browser and system behind a User-Agent, such as "Chrome · Android", so
/// people can tell their sessions apart. Good enough to recognise a device, not to identify it.
/// </summary>
internal static class DeviceName
{
    // The order matters: most browsers also claim to be Chrome or Safari, and Android and iOS also say Linux and Mac OS X.
    private static readonly (string Marker, string Name)[] Browsers =
    [
        ("YaBrowser/", "Yandex Browser"), ("Edg/", "Edge"), ("EdgA/", "Edge"), ("EdgiOS/", "Edge"), ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Version/", "Safari"),
    ];

    private static readonly (string Marker, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("CrOS", "ChromeOS"),
        ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string? From(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var parts = new[] { First(Browsers, userAgent), First(Systems, userAgent) }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string? First((string Marker, string Name)[] candidates, string userAgent) =>
        candidates.FirstOrDefault(c => userAgent.Contains(c.Marker, StringComparison.Ordinal)).Name;
}
