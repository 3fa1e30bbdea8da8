using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LegalAid.Web.Security;

/// <summary>
/// A request the rate limiter refuses is answered 429 with <c>Retry-After</c> where the limiter says how long to wait
/// (the sign-in and calendar windows say a whole window, an upper bound; the server's full queue says nothing); the
/// status code pages then write the page or the problem details, which say it too.
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
