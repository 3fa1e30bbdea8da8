using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Administration.ResetAccountPassword;

[Authorize(Roles = Roles.Administrator)]
public sealed record ResetAccountPassword(string UserId) : ICommand<string>;

public sealed class ResetAccountPasswordHandler(IUserAdministration users) : IRequestHandler<ResetAccountPassword, string>
{
    public async Task<string> Handle(ResetAccountPassword request, CancellationToken cancellationToken) =>
        await users.ResetPasswordAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("Account", request.UserId);
}
