using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Common.Security;

/// <summary>
/// The audit events of refused requests. They name the record's type and id, the request or endpoint and
/// the roles it needs; never anything the user sent or asked to see.
/// </summary>
public static class AccessDenials
{
    /// <summary>The entity type of a refusal by role inside the Application; the entity id is the request's name.</summary>
    public const string Request = nameof(Request);

    /// <summary>The entity type of a refusal by a page's or an API endpoint's policy; the entity id is its route.</summary>
    public const string Endpoint = nameof(Endpoint);

    /// <summary>A record of another centre asked for by id; it was answered "not found".</summary>
    public static AuditEvent OtherCentre(string entityType, object key, string request, int recordCentreId) =>
        new(
            AuditAction.AccessDenied,
            entityType,
            Convert.ToString(key, CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"reason=OtherCentre; request={request}; recordCentre={recordCentreId}"));

    /// <summary>A request the account's role does not allow.</summary>
    public static AuditEvent RoleOfRequest(string request, string? needs) =>
        new(AuditAction.AccessDenied, Request, request, Details(method: null, needs));

    /// <summary>A page or API endpoint the account's role does not allow; refused before any request was sent.</summary>
    public static AuditEvent RoleOfEndpoint(string method, string route, string? needs) =>
        new(AuditAction.AccessDenied, Endpoint, Truncate(route, 100), Details(method, needs));

    private static string Details(string? method, string? needs) =>
        "reason=Role"
        + (method is null ? string.Empty : $"; method={method}")
        + (string.IsNullOrEmpty(needs) ? string.Empty : $"; needs={needs}");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
