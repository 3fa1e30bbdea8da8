using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Identity;

internal sealed class UserAdministration(UserManager<ApplicationUser> users, LegalAidDbContext db, IUserSessions sessions, TimeProvider clock) : IUserAdministration
{
    public Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken) =>
        SummariesAsync(db.Users, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);

    public async Task<AccountSummary?> FindAsync(string userId, CancellationToken cancellationToken) =>
        (await SummariesAsync(db.Users.Where(u => u.Id == userId), cancellationToken)).SingleOrDefault();

    public async Task<CreatedAccount> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        StaffMember? staff = null;
        if (Roles.IsCentreScoped(account.Role))
        {
            staff = new StaffMember(account.DisplayName, account.CentreId);
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync(cancellationToken);
        }

        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            CentreId = Roles.IsCentreScoped(account.Role) ? account.CentreId : null,
            StaffMemberId = staff?.Id,
            MustChangePassword = account.Password is null,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var password = account.Password ?? OneTimePassword.Create();
        Check(await users.CreateAsync(user, password), "Password");
        Check(await users.AddToRoleAsync(user, account.Role), "Role");
        return new CreatedAccount(user.Id, account.Password is null ? password : null);
    }

    public async Task<bool> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        if (locked)
        {
            await sessions.EndAllAsync(userId, cancellationToken);
        }

        return true;
    }

    public async Task<string?> ResetPasswordAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var password = OneTimePassword.Create();
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password), "Password");
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(userId, cancellationToken);
        return password;
    }

    public async Task ChangeRoleAsync(string userId, string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "Role");
        Check(await users.AddToRoleAsync(user, role), "Role");
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(userId, cancellationToken);
    }

    private async Task<IReadOnlyList<AccountSummary>> SummariesAsync(IQueryable<ApplicationUser> accounts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await db.UserRoles.Where(link => accounts.Any(u => u.Id == link.UserId))
            .Join(db.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var activeSessions = await db.UserSessions.Where(s => s.ExpiresAtUtc > now.UtcDateTime && accounts.Any(u => u.Id == s.UserId))
            .GroupBy(s => s.UserId).Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UserId, g => g.Count, cancellationToken);
        return (await accounts.OrderBy(u => u.Email).ToListAsync(cancellationToken))
            .Select(u => new AccountSummary(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? string.Empty,
                u.CentreId,
                u.StaffMemberId,
                u.LockoutEnd > now,
                u.TwoFactorEnabled,
                u.CreatedAtUtc,
                activeSessions.GetValueOrDefault(u.Id)))
            .ToList();
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            var email = result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName));
            throw InvalidRequestException.For(email ? "Email" : field, string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
        }
    }
}
