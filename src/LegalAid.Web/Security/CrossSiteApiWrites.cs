using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Security;

/// <summary>
/// The API takes the session cookie as well as bearer tokens, but a cookie may only change data from LegalAid's own
/// pages. A browser sends the cookie with a form or upload posted from another site of the same domain (SameSite
/// does not stop those), and it says where such a request comes from in <c>Sec-Fetch-Site</c> or <c>Origin</c>:
/// those are refused ahead of routing, so neither their body is read nor anything saved. Bearer tokens are never
/// sent by a browser on its own.
/// </summary>
internal static class CrossSiteApiWrites
{
    public static IApplicationBuilder UseCrossSiteApiWritesRefused(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api") && IsCrossSiteWriteWithTheCookie(context.Request), refused => refused
            .Run(context =>
            {
                // Problem details whatever the Accept header asks for: a cross-site form post may ask for HTML.
                var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Api.CrossSite"]).ExecuteAsync(context);
            }));

    private static bool IsCrossSiteWriteWithTheCookie(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || Authentication.SendsApiToken(request))
        {
            return false;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
