using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Account.RevokeApiToken;

/// <summary>Revokes one of the current account's tokens; another account's token is "not found".</summary>
[Authorize]
public sealed record RevokeApiToken(int Id) : ICommand<Unit>;

public sealed class RevokeApiTokenHandler(IApiTokens tokens, ICurrentUser user, IAuditTrail audit) : IRequestHandler<RevokeApiToken, Unit>
{
    public async Task<Unit> Handle(RevokeApiToken request, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(user.UserId!, request.Id, cancellationToken))
        {
            throw new NotFoundException("ApiToken", request.Id);
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Updated, "ApiToken", request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "revoked"), cancellationToken);
        return Unit.Value;
    }
}
