using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>A read of personal data: once it succeeds, the audit behaviour records who read what.</summary>
public interface IAuditedRequest
{
    AuditAction AuditAction => AuditAction.Viewed;

    string AuditEntityType { get; }

    string? AuditEntityId { get; }

    string? AuditDetails => null;

    /// <summary>Personal values of the request (search terms): sealed for the clients the response shows (<see cref="IShowsClients"/>), or not kept when it shows none.</summary>
    string? AuditPersonalDetails => null;
}

/// <summary>A response that shows clients' data: the audit seals the request's personal values for exactly these clients.</summary>
public interface IShowsClients
{
    IReadOnlyCollection<int> ShownClientIds { get; }
}
