using System.Net;
using LegalAid.Web.Localisation;
using LegalAid.Web.Observability;
using Microsoft.AspNetCore.HttpOverrides;

namespace LegalAid.Web.Security;

/// <summary>
/// Behind a TLS-terminating proxy the app believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from
/// the proxies or networks named in <c>ForwardedHeaders:KnownProxies</c> / <c>ForwardedHeaders:KnownNetworks</c>
/// (loopback when neither is set), so nobody else can pose as an HTTPS client or fake an address in the audit trail.
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddLegalAidReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length + networks.Length == 0)
            {
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>
    /// Outside Development and tests every request but the health probes must come over HTTPS: redirected when
    /// the HTTPS port is known (<c>https_port</c>), otherwise answered with a short message naming the HTTPS
    /// address. Without this, a form page over plain HTTP failed inside antiforgery (its cookie is Secure).
    /// </summary>
    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.IsHttps && !context.Request.IsHealthProbe(), http => http
            .UseHttpsRedirection()
            .Run(async context =>
            {
                var text = context.RequestServices.GetRequiredService<UiText>();
                var address = $"https://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}";
                var message = text["Https.Required", address].Value;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = message },
                    });
                    return;
                }

                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(message);
            }));
}
