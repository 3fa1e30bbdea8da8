using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Security;

/// <summary>
/// The app's routes, each with its pattern from the root ("/Cases/{id:int}"), as the suites that walk all of them see
/// them: without the stylesheets and scripts, files anyone may read, which take no input (<c>StaticAssetsTests</c>).
/// </summary>
internal static class AppRoutes
{
    public static IEnumerable<(RouteEndpoint Endpoint, string Pattern)> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(endpoint => (endpoint, "/" + endpoint.RoutePattern.RawText!.TrimStart('/')));
}
