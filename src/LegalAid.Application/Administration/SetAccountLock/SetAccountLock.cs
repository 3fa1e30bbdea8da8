using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Administration.SetAccountLock;

[Authorize(Roles = Roles.Administrator)]
public sealed record SetAccountLock(string UserId, bool Locked) : ICommand<Unit>;

public sealed class SetAccountLockHandler(IUserAdministration users) : IRequestHandler<SetAccountLock, Unit>
{
    public async Task<Unit> Handle(SetAccountLock request, CancellationToken cancellationToken) =>
        await users.SetLockedAsync(request.UserId, request.Locked, cancellationToken)
            ? Unit.Value
            : throw new NotFoundException("Account", request.UserId);
}
