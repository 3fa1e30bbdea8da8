using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Calendar.GetCalendarFeedStatus;

/// <summary>Whether the current case worker has a live calendar feed, since when, and when a calendar last read it.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetCalendarFeedStatus : IRequest<CalendarFeedStatus?>;

public sealed class GetCalendarFeedStatusHandler(ICalendarFeeds feeds, ICurrentUser user, IActorContext actors)
    : IRequestHandler<GetCalendarFeedStatus, CalendarFeedStatus?>
{
    public async Task<CalendarFeedStatus?> Handle(GetCalendarFeedStatus request, CancellationToken cancellationToken) =>
        await feeds.GetAsync(user.UserId!, cancellationToken) is { } feed
            ? feed with { TimeZoneId = (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId }
            : null;
}
