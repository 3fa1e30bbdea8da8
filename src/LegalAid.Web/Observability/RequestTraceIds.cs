using System.Diagnostics;

namespace LegalAid.Web.Observability;

/// <summary>
/// Gives each request its W3C trace id when no trace exporter is configured, so that every log line still carries
/// <c>TraceId</c> and <c>SpanId</c>, and problem details their <c>traceId</c>. ASP.NET Core starts a request's activity
/// only when something listens: its hosting log category (off, see <see cref="RequestEchoingLogs"/>), a diagnostics
/// subscriber, or an activity listener such as this one, which asks for the ids alone and records nothing.
/// </summary>
internal sealed class RequestTraceIds : IHostedService, IDisposable
{
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        ActivitySource.AddActivityListener(listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => listener.Dispose();
}
