using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Calendar.RevokeCalendarFeed;

/// <summary>Stops the current case worker's calendar feed: its address answers "not found" from now on.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record RevokeCalendarFeed : ICommand<Unit>;

public sealed class RevokeCalendarFeedHandler(ICalendarFeeds feeds, ICurrentUser user) : IRequestHandler<RevokeCalendarFeed, Unit>
{
    public async Task<Unit> Handle(RevokeCalendarFeed request, CancellationToken cancellationToken) =>
        await feeds.RevokeAsync(user.UserId!, cancellationToken) ? Unit.Value : throw new NotFoundException("CalendarFeed", user.UserId!);
}
