using LegalAid.Application.Common.Localisation;
using LegalAid.Web.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public IActionResult OnGet() => LocalRedirect("/");
}
