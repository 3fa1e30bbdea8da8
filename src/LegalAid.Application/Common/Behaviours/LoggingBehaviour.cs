using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>Logs each request's name and duration; never its content, which may hold personal data.</summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return await next();
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            Handled(logger, typeof(TRequest).Name, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0} ms")]
    private static partial void Handled(ILogger logger, string request, double elapsedMs);
}
