namespace LegalAid.Application.Common.Auditing;

/// <summary>
/// What the audit trail keeps of a role change (<see cref="Domain.Auditing.AuditAction.RoleChanged"/>): the account's
/// e-mail and both roles by name (the role rows the change writes name them by id); the audit page words the roles in
/// the reader's language.
/// </summary>
public sealed record RoleChange(string Account, string From, string To);
