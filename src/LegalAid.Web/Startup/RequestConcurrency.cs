using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LegalAid.Web.Startup;

/// <summary>
/// How many requests one server works on at once (<c>Server:ConcurrentRequests</c>, default eight per processor);
/// the rest wait in arrival order. Beyond a handful per core, more requests at once only add threads, database
/// connections and their page caches, which cost memory and time without answering sooner. Health probes never wait.
/// A queue of <c>Server:QueuedRequests</c> (default 5,000) is the last guard; a request beyond it is answered 429,
/// as every refusal of the rate limiter is.
/// </summary>
internal static class RequestConcurrency
{
    public static void LimitConcurrentRequests(this RateLimiterOptions options, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Server:ConcurrentRequests", 8 * Environment.ProcessorCount);
        var queued = configuration.GetValue("Server:QueuedRequests", 5000);
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/health")
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetConcurrencyLimiter("server", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = permits,
                    QueueLimit = queued,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
    }
}
