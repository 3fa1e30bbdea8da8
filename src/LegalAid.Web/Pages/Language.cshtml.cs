using LegalAid.Application.Common.Localisation;
using LegalAid.Web.Localisation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace LegalAid.Web.Pages;

/// <summary>Remembers the chosen UI language for a year and returns to the page the user was on.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnPost(string culture, string? returnUrl)
    {
        if (Cultures.Languages.Contains(culture))
        {
            CultureCookie.Remember(Response, culture);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutLanguage(returnUrl) : "/");
    }

    /// <summary>The page's address without a language of its own (<c>?culture=ky</c>), which would override the one just chosen.</summary>
    private static string WithoutLanguage(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var provider = new QueryStringRequestCultureProvider();
        var kept = QueryHelpers.ParseQuery(url[query..])
            .Where(p => !p.Key.Equals(provider.QueryStringKey, StringComparison.OrdinalIgnoreCase) && !p.Key.Equals(provider.UIQueryStringKey, StringComparison.OrdinalIgnoreCase));
        return url[..query] + QueryString.Create(kept);
    }

    public IActionResult OnGet() => LocalRedirect("/");
}
