namespace LegalAid.Web.Observability;

/// <summary>
/// Names the request in the log scope of everything it logs by the id the server gave it, never by its path: a path
/// can hold a calendar feed's secret or a name typed into the address bar. It stands in for ASP.NET Core's own request
/// scope, which carries the path and is switched off (<see cref="RequestEchoingLogs"/>).
/// </summary>
internal sealed class RequestIdLogScope(RequestDelegate next, ILogger<RequestIdLogScope> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var scope = logger.BeginScope("RequestId:{RequestId}", context.TraceIdentifier);
        await next(context);
    }
}
