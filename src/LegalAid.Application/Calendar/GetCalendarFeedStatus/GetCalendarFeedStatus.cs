using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Calendar.GetCalendarFeedStatus;

/// <summary>Whether the current case worker has a live calendar feed, since when, and when a calendar last read it.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetCalendarFeedStatus : IRequest<CalendarFeedStatus?>;

public sealed class GetCalendarFeedStatusHandler(ICalendarFeeds feeds, ICurrentUser user) : IRequestHandler<GetCalendarFeedStatus, CalendarFeedStatus?>
{
    public Task<CalendarFeedStatus?> Handle(GetCalendarFeedStatus request, CancellationToken cancellationToken) =>
        feeds.GetAsync(user.UserId!, cancellationToken);
}
