using System.Text.Json;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Administration.EndAccountSessions;

/// <summary>Signs an account out everywhere (a lost phone, a shared computer); returns how many sessions ended.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record EndAccountSessions(string UserId) : ICommand<int>;

public sealed class EndAccountSessionsHandler(IUserAdministration accounts, IUserSessions sessions, IAuditTrail audit)
    : IRequestHandler<EndAccountSessions, int>
{
    public async Task<int> Handle(EndAccountSessions request, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(request.UserId, cancellationToken) is null)
        {
            throw new NotFoundException("Account", request.UserId);
        }

        var ended = await sessions.EndAllAsync(request.UserId, cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.SessionEnded, "Account", request.UserId, JsonSerializer.Serialize(new SessionsEnded(ended, ByAdministrator: true))),
            cancellationToken);
        return ended;
    }
}
