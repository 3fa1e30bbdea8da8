using LegalAid.Infrastructure.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LegalAid.Web.Observability;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers (no database), so an orchestrator restarts only a hung node;
    /// <c>/health/ready</c> (and <c>/health</c>): the database answers and its migrations are applied, so a node
    /// takes traffic only then. Plain HTTP is fine here: probes come from inside the cluster or container.
    /// </summary>
    public static IEndpointRouteBuilder MapLegalAidHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health").AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        return endpoints;
    }

    public static bool IsHealthProbe(this HttpRequest request) => request.Path.StartsWithSegments("/health");
}
