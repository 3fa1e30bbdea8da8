using System.Text.Json;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Account.EndOtherSessions;

/// <summary>
/// Ends every session of the current user but the one making the request (a phone lost, a shared computer left
/// signed in); from an API token, which is no session, it ends them all. Answers how many ended.
/// </summary>
[Authorize]
public sealed record EndOtherSessions : ICommand<int>;

public sealed class EndOtherSessionsHandler(IUserSessions sessions, ICurrentUser user, IAuditTrail audit) : IRequestHandler<EndOtherSessions, int>
{
    public async Task<int> Handle(EndOtherSessions request, CancellationToken cancellationToken)
    {
        var ended = await sessions.EndOthersAsync(user.UserId!, cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.SessionEnded, "Account", user.UserId, JsonSerializer.Serialize(new SessionsEnded(ended, ByAdministrator: false))),
            cancellationToken);
        return ended;
    }
}
