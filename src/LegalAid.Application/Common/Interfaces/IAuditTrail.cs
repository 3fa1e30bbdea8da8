using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Records events that are not data changes (views, searches, exports, sign-ins). Data changes are
/// recorded by persistence itself, in the same transaction.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Records a read of personal data. The entry is made now (time, account, address); where the host writes views in
    /// batches (the web app, <c>Audit:ViewBatchWindow</c>), it reaches the trail with the others of its window, outside the
    /// request. A clean shutdown writes every one; a crash loses those of the last window.
    /// </summary>
    Task RecordViewAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Records several events with one save, chained one after the other.</summary>
    Task RecordAsync(IReadOnlyCollection<AuditEvent> auditEvents, CancellationToken cancellationToken);

    /// <summary>
    /// Records the event on its own: it stays although the request's transaction is rolled back, and it
    /// saves none of the changes the request left pending. Not cancellable, so a refusal is recorded even
    /// when the client hangs up.
    /// </summary>
    Task RecordApartAsync(AuditEvent auditEvent);
}

/// <summary>
/// An event to record. The acting user, their centre and IP address are the current user's
/// unless given (a sign-in records the account signing in). <see cref="PersonalDetails"/> (search terms) are kept
/// sealed for the clients in <see cref="ClientIds"/>, readable only while each of them still has their key; with no
/// client, not at all.
/// </summary>
public sealed record AuditEvent(
    AuditAction Action,
    string EntityType,
    string? EntityId,
    string? Details = null,
    string? UserId = null,
    string? UserName = null,
    int? CentreId = null,
    string? PersonalDetails = null,
    IReadOnlyCollection<int>? ClientIds = null);
