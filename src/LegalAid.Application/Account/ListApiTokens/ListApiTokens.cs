using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Account.ListApiTokens;

/// <summary>The current account's API tokens, revoked and expired ones included; never their secrets.</summary>
[Authorize]
public sealed record ListApiTokens : IRequest<IReadOnlyList<ApiTokenSummary>>;

public sealed class ListApiTokensHandler(IApiTokens tokens, ICurrentUser user, IActorContext actors) : IRequestHandler<ListApiTokens, IReadOnlyList<ApiTokenSummary>>
{
    public async Task<IReadOnlyList<ApiTokenSummary>> Handle(ListApiTokens request, CancellationToken cancellationToken)
    {
        var zone = (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId;
        return [.. (await tokens.ListAsync(user.UserId!, cancellationToken)).Select(t => t with { TimeZoneId = zone })];
    }
}
