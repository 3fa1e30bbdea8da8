using System.Diagnostics;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>A trace span and a duration measurement per request, tagged with its type and outcome; never its content.</summary>
public sealed class TelemetryBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        using var activity = RequestTelemetry.Source.StartActivity(RequestName);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await next();
        }
        catch (Exception e)
        {
            outcome = e.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            activity?.SetTag("legalaid.outcome", outcome);
            RequestTelemetry.Duration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("legalaid.request", RequestName),
                new KeyValuePair<string, object?>("legalaid.outcome", outcome));
        }
    }
}
