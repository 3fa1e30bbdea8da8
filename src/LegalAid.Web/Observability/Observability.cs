using LegalAid.Application.Common.Behaviours;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LegalAid.Web.Observability;

internal static class Observability
{
    /// <summary>
    /// Logs go to the console as one JSON object a line outside Development, with their scopes (request id,
    /// trace id, account id). Traces and metrics of requests, database commands and use cases are exported by
    /// OTLP only when <c>OpenTelemetry:Endpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddLegalAidObservability(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        services.AddSingleton<IPostConfigureOptions<LoggerFilterOptions>, RequestEchoingLogs>();
        if (!environment.IsDevelopment())
        {
            services.AddLogging(logging => logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            }));
        }

        var endpoint = configuration["OpenTelemetry:Endpoint"];
        if (string.IsNullOrEmpty(endpoint) && string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services.AddHostedService<RequestTraceIds>();
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OpenTelemetry:ServiceName"] ?? "legalaid"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.IsHealthProbe();
                    // A path may hold a calendar feed's secret or a name typed into the address bar, a query string
                    // a name typed into a search box; the span keeps the route template (http.route).
                    options.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.path", null).SetTag("url.query", null);
                })
                .AddSqlClientInstrumentation()
                .AddSource(RequestTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddSqlClientInstrumentation()
                .AddMeter(RequestTelemetry.Name, "Microsoft.EntityFrameworkCore"));
        if (string.IsNullOrEmpty(endpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            var protocol = configuration.GetValue("OpenTelemetry:Protocol", OtlpExportProtocol.Grpc);
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        return services;
    }
}
