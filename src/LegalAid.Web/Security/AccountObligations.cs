using LegalAid.Application.Common.Security;

namespace LegalAid.Web.Security;

/// <summary>
/// Someone signed in with a one-time password, or an administrator who must turn on two-factor
/// sign-in, can reach only the page that settles it (and sign-out) until they do.
/// </summary>
internal static class AccountObligations
{
    private static readonly string[] Exempt = ["/Account/Logout", "/health", "/Error", "/Language"];

    /// <summary>The page <paramref name="user"/> must settle before any other, or null when they owe none.</summary>
    public static string? PageOwed(System.Security.Claims.ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type == LegalAidClaims.MustChangePassword) ? "/Account/ChangePassword"
        : user.HasClaim(c => c.Type == LegalAidClaims.MustEnableTwoFactor) ? "/Account/TwoFactor"
        : null;

    public static IApplicationBuilder UseAccountObligations(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var user = context.User;
            var path = context.Request.Path;
            if (user.Identity?.IsAuthenticated != true || Exempt.Any(exempt => path.StartsWithSegments(exempt)))
            {
                return next();
            }

            var page = PageOwed(user);
            if (page is null || path.StartsWithSegments(page))
            {
                return next();
            }

            if (path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(page);
            return Task.CompletedTask;
        });
}
