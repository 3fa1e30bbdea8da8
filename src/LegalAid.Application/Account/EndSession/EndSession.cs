using System.Globalization;
using System.Text.Json;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Account.EndSession;

/// <summary>Ends one of the current user's sessions (say, on a computer left signed in); its next request goes to sign-in.</summary>
[Authorize]
public sealed record EndSession(int Id) : ICommand<Unit>;

public sealed class EndSessionHandler(IUserSessions sessions, ICurrentUser user, IAuditTrail audit) : IRequestHandler<EndSession, Unit>
{
    public async Task<Unit> Handle(EndSession request, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(user.UserId!, request.Id, cancellationToken))
        {
            throw new NotFoundException("Session", request.Id);
        }

        await audit.RecordAsync(
            new AuditEvent(AuditAction.SessionEnded, "Session", request.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(new SessionsEnded(1, ByAdministrator: false))),
            cancellationToken);
        return Unit.Value;
    }
}
