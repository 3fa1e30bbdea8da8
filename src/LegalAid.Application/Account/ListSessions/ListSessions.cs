using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Account.ListSessions;

/// <summary>The current user's active sign-in sessions, so they can spot and end one they do not recognise.</summary>
[Authorize]
public sealed record ListSessions : IRequest<IReadOnlyList<SessionSummary>>;

public sealed class ListSessionsHandler(IUserSessions sessions, ICurrentUser user, IActorContext actors) : IRequestHandler<ListSessions, IReadOnlyList<SessionSummary>>
{
    public async Task<IReadOnlyList<SessionSummary>> Handle(ListSessions request, CancellationToken cancellationToken)
    {
        var zone = (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId;
        return [.. (await sessions.ListAsync(user.UserId!, cancellationToken)).Select(s => s with { TimeZoneId = zone })];
    }
}
