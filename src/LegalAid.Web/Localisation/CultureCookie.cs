using Microsoft.AspNetCore.Localization;

namespace LegalAid.Web.Localisation;

/// <summary>The UI language a browser chose, kept for a year.</summary>
internal static class CultureCookie
{
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

    /// <summary>
    /// A page opened with <c>?culture=ky</c> keeps that language on the pages it leads to, redirects after a form
    /// included, as the language switcher does. The API answers each request in the language it asks for, and sets nothing.
    /// </summary>
    public static IApplicationBuilder UseQueryCultureRemembered(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api")
                && context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } chosen)
            {
                Remember(context.Response, chosen.RequestCulture.UICulture.Name);
            }

            await next(context);
        });
}
