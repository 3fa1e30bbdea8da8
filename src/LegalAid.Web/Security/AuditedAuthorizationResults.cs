using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LegalAid.Web.Security;

/// <summary>
/// Records in the audit trail every page or API endpoint a signed-in account is refused by its policy (the
/// folder policies of the pages, the API's), before any request reaches the Application, and keeps the roles it
/// needed for the 403 page; then answers as usual.
/// Anonymous callers are sent to sign in, which is no refusal.
/// </summary>
internal sealed class AuditedAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler usual = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;
            var roles = AllowedByEvery(policy.Requirements.OfType<RolesAuthorizationRequirement>().ToList());
            RefusedRoles.Remember(context, roles);
            var needs = string.Join(',', roles);
            await context.RequestServices.GetRequiredService<IAuditTrail>()
                .RecordApartAsync(AccessDenials.RoleOfEndpoint(context.Request.Method, "/" + route.TrimStart('/'), needs));
        }

        await usual.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>A page under a folder's policy and its own must meet both: the roles allowed are those every one allows.</summary>
    private static List<string> AllowedByEvery(List<RolesAuthorizationRequirement> requirements) => requirements.Count == 0
        ? []
        : [.. requirements.Skip(1).Aggregate(requirements[0].AllowedRoles, (allowed, next) => allowed.Intersect(next.AllowedRoles))];
}
