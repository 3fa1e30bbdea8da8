using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LegalAid.Web.Security;

/// <summary>
/// A request the rate limiter refuses is answered 429 with <c>Retry-After</c> where the limit knows when it lifts (the
/// sign-in and calendar windows; not the server's full queue); the status code pages then write the page or the
/// problem details, which say how long to wait.
/// </summary>
internal static class RateLimitRefusals
{
    public static ValueTask SayWhenToRetry(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    }

    public static int? SecondsToWait(HttpResponse response) =>
        int.TryParse(response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
