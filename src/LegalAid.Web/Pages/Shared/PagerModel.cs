using Microsoft.AspNetCore.Http.Extensions;

namespace LegalAid.Web.Pages.Shared;

/// <summary>Links to the neighbouring pages of a list, keeping the current filters (and the pages of other lists on the page).</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, int TotalCount, HttpRequest Request)
{
    /// <summary>The query parameter that holds this list's page, for a page with more than one list.</summary>
    public string Parameter { get; init; } = "pageNumber";

    /// <summary>What the navigation is named for screen readers when the default would name two lists alike.</summary>
    public string? Label { get; init; }

    /// <summary>An address typed or kept from when the list was longer: the list has no such page.</summary>
    public bool IsPastTheLast => PageNumber > TotalPages;

    public string UrlFor(int page)
    {
        var query = Request.Query.Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(query!).ToQueryString();
    }
}
