namespace LegalAid.Application.Common.Interfaces;

/// <summary>Sign-in and the signed-in user's own account, implemented over ASP.NET Core Identity.</summary>
public interface IAccountService
{
    Task<SignInResult> PasswordSignInAsync(string email, string password);

    Task<SignInResult> CodeSignInAsync(string code);

    Task SignOutAsync();

    /// <summary>Null when changed; otherwise why it was refused, in the user's language.</summary>
    Task<PasswordChangeRefusal?> ChangePasswordAsync(string userId, string currentPassword, string newPassword);

    Task<TwoFactorSetup> GetTwoFactorSetupAsync(string userId);

    Task<bool> EnableTwoFactorAsync(string userId, string code);

    Task DisableTwoFactorAsync(string userId);
}

/// <summary>A password change refused: the current password was wrong (its message), or else the new one breaks the rules listed.</summary>
public sealed record PasswordChangeRefusal(string? WrongCurrentPassword, IReadOnlyList<string> NewPasswordRefusals);

public enum SignInOutcome
{
    Succeeded,

    /// <summary>The password was right; a code from the authenticator app is needed next.</summary>
    RequiresCode,

    /// <summary>Signed in, but the one-time password must be replaced before anything else.</summary>
    MustChangePassword,

    /// <summary>Signed in as an administrator who must first turn on two-factor sign-in.</summary>
    MustEnableTwoFactor,
    LockedOut,
    Failed,

    /// <summary>A code came without the password step before it (never taken, or its few minutes passed).</summary>
    NoPasswordStep,
}

/// <summary>How a sign-in went and, when the account is known, whose it is (for the audit trail).</summary>
public sealed record SignInResult(SignInOutcome Outcome, string? UserId = null, string? UserName = null, int? CentreId = null);

/// <summary>What an authenticator app needs: the shared key and the otpauth:// URI it encodes.</summary>
public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri);
