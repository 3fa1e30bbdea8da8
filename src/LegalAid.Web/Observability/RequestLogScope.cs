using System.Diagnostics;
using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Web.Observability;

/// <summary>
/// Puts the signed-in account's id (never its name or e-mail) in the log scope of everything the request logs,
/// beside the request id (<see cref="RequestIdLogScope"/>), and warns about requests slower than <c>Logging:SlowRequestMs</c>,
/// naming their route template: never the path or query string, which may hold search terms.
/// </summary>
internal sealed partial class RequestLogScope(RequestDelegate next, ILogger<RequestLogScope> logger, IConfiguration configuration)
{
    private readonly TimeSpan slowAfter = TimeSpan.FromMilliseconds(configuration.GetValue("Logging:SlowRequestMs", 500));

    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser)
    {
        using var scope = logger.BeginScope("AccountId:{AccountId}", currentUser.UserId ?? "-");
        var started = Stopwatch.GetTimestamp();
        await next(context);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed >= slowAfter)
        {
            var route = context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "(no route)";
            SlowRequest(logger, context.Request.Method, route, context.Response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request: {Method} {Route} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void SlowRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
