using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Account.DisableTwoFactor;

[Authorize]
public sealed record DisableTwoFactor : ICommand<Unit>;

public sealed class DisableTwoFactorHandler(IAccountService accounts, ICurrentUser user) : IRequestHandler<DisableTwoFactor, Unit>
{
    public async Task<Unit> Handle(DisableTwoFactor request, CancellationToken cancellationToken)
    {
        await accounts.DisableTwoFactorAsync(user.UserId!);
        return Unit.Value;
    }
}
