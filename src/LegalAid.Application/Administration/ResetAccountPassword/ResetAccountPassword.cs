using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Administration.ResetAccountPassword;

[Authorize(Roles = Roles.Administrator)]
public sealed record ResetAccountPassword(string UserId) : ICommand<PasswordReset>;

/// <param name="OneTimePassword">To give the account's owner, who must change it at the next sign-in.</param>
/// <param name="RevokedApiTokens">How many of the account's API tokens the reset revoked.</param>
public sealed record PasswordReset(string OneTimePassword, int RevokedApiTokens);

public sealed class ResetAccountPasswordHandler(IUserAdministration users, IApiTokens tokens) : IRequestHandler<ResetAccountPassword, PasswordReset>
{
    public async Task<PasswordReset> Handle(ResetAccountPassword request, CancellationToken cancellationToken)
    {
        var password = await users.ResetPasswordAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("Account", request.UserId);
        return new PasswordReset(password, await tokens.RevokeAllAsync(request.UserId, cancellationToken));
    }
}
