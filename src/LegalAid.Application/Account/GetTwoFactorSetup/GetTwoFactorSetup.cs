using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Account.GetTwoFactorSetup;

/// <summary>The current user's authenticator key and whether two-factor sign-in is on.</summary>
[Authorize]
public sealed record GetTwoFactorSetup : IRequest<TwoFactorSetup>;

public sealed class GetTwoFactorSetupHandler(IAccountService accounts, ICurrentUser user) : IRequestHandler<GetTwoFactorSetup, TwoFactorSetup>
{
    public Task<TwoFactorSetup> Handle(GetTwoFactorSetup request, CancellationToken cancellationToken) =>
        accounts.GetTwoFactorSetupAsync(user.UserId!);
}
