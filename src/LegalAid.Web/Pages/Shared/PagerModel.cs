using Microsoft.AspNetCore.Http.Extensions;

namespace LegalAid.Web.Pages.Shared;

/// <summary>Links to the neighbouring pages of a list, keeping the current filters.</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, int TotalCount, HttpRequest Request)
{
    public string UrlFor(int page)
    {
        var query = Request.Query.Where(q => !string.Equals(q.Key, "pageNumber", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("pageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(query!).ToQueryString();
    }
}
