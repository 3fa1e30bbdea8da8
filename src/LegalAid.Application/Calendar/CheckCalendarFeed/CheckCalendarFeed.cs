using LegalAid.Application.Calendar.Common;
using LegalAid.Application.Common.Interfaces;
using MediatR;

namespace LegalAid.Application.Calendar.CheckCalendarFeed;

/// <summary>
/// Whether a calendar feed's secret is live, as a calendar app asks (HEAD) before subscribing: "not found" as a read of
/// an unknown secret is. Nothing of the owner's deadlines is read or sent, so it is not audited as a read and the
/// account page's "last read" stays the last real one.
/// </summary>
public sealed record CheckCalendarFeed(string Token) : IRequest<Unit>;

public sealed class CheckCalendarFeedHandler(ICalendarFeeds feeds) : IRequestHandler<CheckCalendarFeed, Unit>
{
    public async Task<Unit> Handle(CheckCalendarFeed request, CancellationToken cancellationToken)
    {
        await feeds.OwnerOfAsync(request.Token, cancellationToken);
        return Unit.Value;
    }
}
