using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Administration.SetAccountLock;

[Authorize(Roles = Roles.Administrator)]
public sealed record SetAccountLock(string UserId, bool Locked) : ICommand<Unit>;

public sealed class SetAccountLockHandler(IUserAdministration users, ICurrentUser user) : IRequestHandler<SetAccountLock, Unit>
{
    public async Task<Unit> Handle(SetAccountLock request, CancellationToken cancellationToken)
    {
        // Locking oneself would sign one out for good: with a single administrator only the command line undoes it.
        if (request.Locked && request.UserId == user.UserId)
        {
            throw InvalidRequestException.For(nameof(request.Locked), Messages.OwnLock);
        }

        return await users.SetLockedAsync(request.UserId, request.Locked, cancellationToken)
            ? Unit.Value
            : throw new NotFoundException("Account", request.UserId);
    }
}
