using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Infrastructure.Identity.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = LegalAid.Application.Common.Interfaces.SignInResult;

namespace LegalAid.Infrastructure.Identity;

internal sealed class AccountService(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> store,
    UserSessions sessions,
    IOptions<SecurityOptions> security) : IAccountService
{
    private static readonly ApplicationUser TimingDecoy = new();
    private static string? timingDecoyHash;

    public async Task<SignInResult> PasswordSignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity answers an unknown address and a locked account without hashing the password; hashing it all the
            // same keeps the answer's time from telling which addresses have accounts.
            timingDecoyHash ??= users.PasswordHasher.HashPassword(TimingDecoy, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(TimingDecoy, timingDecoyHash, password);
            return user is null ? new SignInResult(SignInOutcome.Failed) : await ResultAsync(user, Microsoft.AspNetCore.Identity.SignInResult.LockedOut);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return await ResultAsync(user, result);
    }

    public async Task<SignInResult> CodeSignInAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInResult(SignInOutcome.NoPasswordStep);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await ResultAsync(user, result);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task<PasswordChangeRefusal?> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            var mismatch = result.Errors.FirstOrDefault(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return new PasswordChangeRefusal(mismatch?.Description, result.Errors.Where(e => e != mismatch).Select(e => e.Description).ToList());
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await KeepOnlyThisSessionAsync(user);
        return null;
    }

    public async Task<TwoFactorSetup> GetTwoFactorSetupAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not UserManager.ResetAuthenticatorKeyAsync: it also changes the security stamp, which would end the
            // session of the user reading this page. A key that is not yet switched on protects nothing to revoke.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<ApplicationUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        var label = Uri.EscapeDataString($"LegalAid:{user.Email}");
        return new TwoFactorSetup(user.TwoFactorEnabled, key!, $"otpauth://totp/{label}?secret={key}&issuer=LegalAid&digits=6");
    }

    public async Task<bool> EnableTwoFactorAsync(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await KeepOnlyThisSessionAsync(user);
        return true;
    }

    public async Task DisableTwoFactorAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        if (security.Value.RequireTwoFactorForAdministrators && await users.IsInRoleAsync(user, Roles.Administrator))
        {
            throw new ForbiddenAccessException();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await KeepOnlyThisSessionAsync(user);
    }

    /// <summary>After a change to how the user signs in: this session goes on with the new security stamp, every other one ends.</summary>
    private async Task KeepOnlyThisSessionAsync(ApplicationUser user)
    {
        await signIn.RefreshSignInAsync(user);
        await sessions.EndOthersAsync(user.Id, CancellationToken.None);
    }

    private async Task<SignInResult> ResultAsync(ApplicationUser user, Microsoft.AspNetCore.Identity.SignInResult result)
    {
        SignInOutcome outcome;
        if (result.Succeeded)
        {
            outcome = user.MustChangePassword ? SignInOutcome.MustChangePassword
                : security.Value.RequireTwoFactorForAdministrators && !user.TwoFactorEnabled && await users.IsInRoleAsync(user, Roles.Administrator)
                    ? SignInOutcome.MustEnableTwoFactor
                    : SignInOutcome.Succeeded;
        }
        else
        {
            outcome = result.RequiresTwoFactor ? SignInOutcome.RequiresCode
                : result.IsLockedOut ? SignInOutcome.LockedOut
                : SignInOutcome.Failed;
        }

        return new SignInResult(outcome, user.Id, user.Email, user.CentreId);
    }
}
