using Microsoft.AspNetCore.Http.HttpResults;
using Scalar.AspNetCore;

namespace LegalAid.Web.Api;

/// <summary>
/// The interactive API reference (Scalar) at <c>/api-reference</c>, for signed-in users, with a link back to the app:
/// its script comes from this app (embedded in Scalar.AspNetCore), with no fonts, AI agent, telemetry, sharing tools or
/// button to Scalar's online client from Scalar's servers (the page's policy would refuse to reach them anyway). Its script files hold no data and load anonymously.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";

    /// <summary>
    /// Scalar's light theme writes methods, code literals and hints in colours below WCAG AA's 4.5:1 on its backgrounds
    /// (axe-core: 3.2 to 3.9); these darker ones reach it on white and on its grey panels. The dark theme is left out.
    /// </summary>
    private const string ReadableColours =
        ".light-mode { --scalar-color-3: #6e6e6e !important; --scalar-color-green: #00774c !important; --scalar-color-orange: #b84000 !important; " +
        "--scalar-color-red: #c8000a !important; --scalar-color-yellow: #7a5f00 !important; }";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapScalarApiReference(Path, options => options
                .WithTitle("LegalAid API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .HideDeveloperTools()
                .WithNonce()
                .ForceLightMode()
                .HideDarkModeToggle()
                .WithCustomCss(ReadableColours)
                .HideClientButton()
                .AddHeaderContent("""<a href="../" id="back-to-app">← Back to LegalAid</a>"""))
            .AddEndpointFilter(async (context, next) => InEnglish(await next(context)))
            .RequireAuthorization();
        return endpoints;
    }

    /// <summary>Scalar's page is in English but does not say so, which a screen reader needs to pronounce it.</summary>
    private static object? InEnglish(object? result) =>
        result is ContentHttpResult { ResponseContent: { } html } page
            ? TypedResults.Content(html.Replace("<html>", "<html lang=\"en\">", StringComparison.Ordinal), page.ContentType, statusCode: page.StatusCode)
            : result;

    /// <summary>
    /// The page's own policy: its scripts by this response's nonce, and inline styles, which Scalar's components
    /// add as they render. Null for every other response.
    /// </summary>
    public static string? ContentSecurityPolicy(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string value
            ? $"default-src 'self'; script-src 'self' 'nonce-{value}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
              "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            : null;
}
