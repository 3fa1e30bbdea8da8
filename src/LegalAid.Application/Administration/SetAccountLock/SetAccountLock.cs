using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Desk.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.SetAccountLock;

/// <summary>
/// Locks an account (ending its sessions) or unlocks it. A locked account's staff member is inactive: forms no longer
/// offer them for new cases, consultations or transfers, while the cases they hold stay theirs until a coordinator
/// reassigns them, and lists and statistics go on naming them. Unlocking makes them active again.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record SetAccountLock(string UserId, bool Locked) : ICommand<AccountLockOutcome>;

/// <summary><see cref="OpenCasesHeld"/>: the open cases still assigned to the account's staff member, for reassigning.</summary>
public sealed record AccountLockOutcome(int OpenCasesHeld);

public sealed class SetAccountLockHandler(IUserAdministration users, ICurrentUser user, IApplicationDbContext db) : IRequestHandler<SetAccountLock, AccountLockOutcome>
{
    public async Task<AccountLockOutcome> Handle(SetAccountLock request, CancellationToken cancellationToken)
    {
        // Locking oneself would sign one out for good: with a single administrator only the command line undoes it.
        if (request.Locked && request.UserId == user.UserId)
        {
            throw InvalidRequestException.For(nameof(request.Locked), Messages.OwnLock);
        }

        var account = await users.FindAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("Account", request.UserId);
        await users.SetLockedAsync(request.UserId, request.Locked, cancellationToken);
        if (account is not { StaffMemberId: { } staffMemberId, CentreId: { } centreId })
        {
            return new AccountLockOutcome(0);
        }

        var staffMember = await db.StaffMembers.SingleAsync(s => s.Id == staffMemberId, cancellationToken);
        staffMember.SetActive(!request.Locked);
        await db.SaveChangesAsync(cancellationToken);
        return new AccountLockOutcome(await db.Cases.OpenCasesOf(staffMemberId, centreId).CountAsync(cancellationToken));
    }
}
