using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Account.Common;

/// <summary>Every sign-in attempt, good or bad, in the audit trail with the account it was for.</summary>
internal static class SignInAudit
{
    public static Task RecordSignInAsync(this IAuditTrail audit, SignInResult result, string? attemptedAs, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEvent(
                result.Outcome is SignInOutcome.Succeeded or SignInOutcome.MustChangePassword or SignInOutcome.MustEnableTwoFactor
                    ? AuditAction.SignedIn
                    : AuditAction.SignInFailed,
                "Account",
                result.UserId,
                result.Outcome.ToString(),
                result.UserId,
                result.UserName ?? attemptedAs,
                result.CentreId),
            cancellationToken);
}
