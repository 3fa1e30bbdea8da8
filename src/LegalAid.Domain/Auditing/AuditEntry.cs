namespace LegalAid.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when and from where.
/// Written in the same transaction as the change it describes; never edited or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = null!;
    }

    public AuditEntry(
        DateTime occurredAtUtc,
        AuditAction action,
        string entityType,
        string? entityId,
        string? userId,
        string? userName,
        int? centreId,
        string? ipAddress,
        string? changes = null,
        string? details = null)
    {
        OccurredAtUtc = occurredAtUtc;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        UserId = userId;
        UserName = userName;
        CentreId = centreId;
        IpAddress = ipAddress;
        Changes = changes;
        Details = details;
    }

    public long Id { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The kind of record (Client, Case, Consultation, Account...) or of event (SignIn).</summary>
    public string EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>The centre the event belongs to, so a coordinator can read their centre's trail.</summary>
    public int? CentreId { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>JSON: each changed field with its value before and after.</summary>
    public string? Changes { get; private set; }

    public string? Details { get; private set; }
}
