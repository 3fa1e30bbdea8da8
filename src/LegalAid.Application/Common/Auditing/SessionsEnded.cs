namespace LegalAid.Application.Common.Auditing;

/// <summary>
/// What the audit trail keeps of ended sign-in sessions (<see cref="Domain.Auditing.AuditAction.SessionEnded"/>): how many,
/// and whether the account's owner or an administrator ended them; the audit page words it in the reader's language.
/// </summary>
public sealed record SessionsEnded(int Count, bool ByAdministrator);
