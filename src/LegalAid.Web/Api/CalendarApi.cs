using LegalAid.Application.Calendar.CheckCalendarFeed;
using LegalAid.Application.Calendar.GetCalendarFeed;
using LegalAid.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegalAid.Web.Api;

/// <summary>
/// The calendar feed a phone calendar subscribes to. Calendar apps cannot sign in, so the secret in the address is
/// the credential: the endpoint is anonymous, rate-limited per address, and answers 404 for any secret that is not
/// live. Each read is audited (see <see cref="GetCalendarFeed"/>); a HEAD only checks the secret (<see cref="CheckCalendarFeed"/>).
/// </summary>
internal static class CalendarApi
{
    private const string Route = "/calendar/{token}.ics";

    public static void MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGet(Route, ReadAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Authentication.CalendarFeedRateLimit)
            .WithTags("Calendar").WithName("GetCalendarFeed")
            .WithDescription("The case worker's pending deadlines and hearings as iCalendar (RFC 5545): case number and type only. " +
                "The address with its secret is issued on Account → Calendar feed; no sign-in.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        // Some calendar apps check a subscription with HEAD before reading it: the secret is checked, nothing is read.
        api.MapMethods(Route, [HttpMethods.Head], CheckAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Authentication.CalendarFeedRateLimit)
            .ExcludeFromDescription();

        // Any other method (a CalDAV client's PROPFIND and REPORT included) is refused as such: the fallback policy would
        // answer an anonymous caller 401, which tells a calendar app to sign in where no sign-in exists. Its later order
        // leaves GET and HEAD to the endpoints above.
        api.Map(Route, RefuseMethod)
            .AllowAnonymous()
            .WithOrder(1)
            .ExcludeFromDescription();
    }

    private static async Task<FileContentHttpResult> ReadAsync(IMediator mediator, string token, CancellationToken ct)
    {
        var feed = await mediator.Send(new GetCalendarFeed(token), ct);
        return TypedResults.File(feed.Content, feed.ContentType);
    }

    private static async Task<EmptyHttpResult> CheckAsync(IMediator mediator, HttpResponse response, string token, CancellationToken ct)
    {
        await mediator.Send(new CheckCalendarFeed(token), ct);
        response.ContentType = GetCalendarFeed.ContentType;
        return TypedResults.Empty;
    }

    private static StatusCodeHttpResult RefuseMethod(HttpResponse response)
    {
        response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Head}";
        return TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>The feed's address as a calendar app needs it: absolute.</summary>
    public static string FeedUrl(HttpRequest request, string secret) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1{Route.Replace("{token}", secret, StringComparison.Ordinal)}";
}
