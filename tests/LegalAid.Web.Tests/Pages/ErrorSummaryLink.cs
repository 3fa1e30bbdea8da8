using AngleSharp.Dom;

namespace LegalAid.Web.Tests.Pages;

/// <summary>Where a link in a page's error summary leads, found as <c>wwwroot/js/error-summary.js</c> finds it.</summary>
internal static class ErrorSummaryLink
{
    /// <summary>
    /// The form field the summary's link for <paramref name="field"/>'s error leads to; null when there is no such link
    /// or it leads nowhere. Model state's keys ignore case ("file" is the upload's "File").
    /// </summary>
    public static IElement? FieldOf(IDocument page, string field)
    {
        var link = page.QuerySelectorAll("#error-summary a[data-field]").FirstOrDefault(a => Is(a.GetAttribute("data-field"), field));
        if (link is null)
        {
            return null;
        }

        var shown = page.QuerySelectorAll("[data-valmsg-for]").FirstOrDefault(m => Is(m.GetAttribute("data-valmsg-for"), field) && m.TextContent.Trim().Length > 0);
        var named = page.QuerySelectorAll("[name]").Where(e => Is(e.GetAttribute("name"), field) && Visible(e) is not null).ToList();
        return Visible(shown?.ParentElement?.QuerySelector("input:not([type=hidden]), select, textarea"))
            ?? Visible(page.GetElementById(link.GetAttribute("href")![1..]))
            ?? (named.Count == 1 ? named[0] : null);
    }

    private static bool Is(string? key, string field) => string.Equals(key, field, StringComparison.OrdinalIgnoreCase);

    private static IElement? Visible(IElement? field) =>
        field is { LocalName: "input" or "select" or "textarea" } && field.GetAttribute("type") != "hidden" ? field : null;
}
