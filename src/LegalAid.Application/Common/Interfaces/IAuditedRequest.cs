using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>A read of personal data: once it succeeds, the audit behaviour records who read what.</summary>
public interface IAuditedRequest
{
    AuditAction AuditAction => AuditAction.Viewed;

    string AuditEntityType { get; }

    string? AuditEntityId { get; }

    string? AuditDetails => null;
}
