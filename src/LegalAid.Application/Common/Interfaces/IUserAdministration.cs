namespace LegalAid.Application.Common.Interfaces;

/// <summary>Accounts as administrators and the command line manage them.</summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken);

    Task<AccountSummary?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Creates the account (and, for people who act on cases, its staff member). With no password given, returns a one-time password.</summary>
    Task<CreatedAccount> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>Locking also ends the account's sessions.</summary>
    Task<bool> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken);

    /// <summary>Sets a new one-time password the user must change at their next sign-in, and ends the account's sessions.</summary>
    Task<string?> ResetPasswordAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The roles' names («Lawyer») by their ids, as the audit trail keeps an account's role.</summary>
    Task<IReadOnlyDictionary<string, string>> RoleNamesAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the account's role and ends its sessions.</summary>
    Task ChangeRoleAsync(string userId, string role, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string DisplayName, string Role, int? CentreId, string? Password = null);

/// <summary>The new account; <see cref="OneTimePassword"/> is set when the system chose the password.</summary>
public sealed record CreatedAccount(string UserId, string? OneTimePassword);

public sealed record AccountSummary(
    string UserId,
    string Email,
    string DisplayName,
    string Role,
    int? CentreId,
    int? StaffMemberId,
    bool LockedOut,
    bool TwoFactorEnabled,
    DateTime CreatedAtUtc,
    int ActiveSessions);
