using Microsoft.AspNetCore.Authentication.Cookies;

namespace LegalAid.Web.Security;

/// <summary>
/// The sign-in pages ignore a session cookie the browser still sends. Otherwise ASP.NET Core would put the new
/// sign-in into that cookie's existing session: someone who planted their own session cookie in a browser would
/// then share the session of whoever signs in there next. Every sign-in gets a new session key instead.
/// </summary>
internal sealed class NewSessionAtSignIn(params PathString[] signInPages) : ICookieManager
{
    private readonly ChunkingCookieManager cookies = new();

    public string? GetRequestCookie(HttpContext context, string key) =>
        signInPages.Any(page => context.Request.Path.StartsWithSegments(page)) ? null : cookies.GetRequestCookie(context, key);

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        cookies.AppendResponseCookie(context, key, value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => cookies.DeleteCookie(context, key, options);
}
