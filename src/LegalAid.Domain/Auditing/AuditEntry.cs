namespace LegalAid.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when and from where.
/// Written in the same transaction as the change it describes; never edited or deleted. What it holds of a
/// client's personal data is only in <see cref="Sealed"/>, encrypted for the clients named in <see cref="SealedFor"/>;
/// each line carries a hash over its content and the line before it, so a changed line shows.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>What <see cref="Changes"/> holds for a personal field instead of its values before and after.</summary>
    public const string SealedMarker = "sealed";

    /// <summary>What <see cref="Changes"/> holds for a secret's values (a password's hash, a security stamp, a token): never the secret.</summary>
    public const string SecretMarker = "***";

    /// <summary>What follows a binary value's length in <see cref="Changes"/> («129547 bytes»): its size, never its content.</summary>
    public const string BytesSuffix = " bytes";

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
        string? details = null,
        byte[]? @sealed = null,
        string? sealedFor = null)
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
        Sealed = @sealed;
        SealedFor = sealedFor;
    }

    /// <summary>The line's place in the trail, given when it is appended (1, 2, 3… without gaps).</summary>
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

    /// <summary>JSON: each changed field with its value before and after; a personal field only by name, its values sealed.</summary>
    public string? Changes { get; private set; }

    public string? Details { get; private set; }

    /// <summary>The personal values of the line (changed names, contacts, texts; search terms), encrypted.</summary>
    public byte[]? Sealed { get; private set; }

    /// <summary>The ids of the clients whose keys open <see cref="Sealed"/>, in ascending order, separated by spaces.</summary>
    public string? SealedFor { get; private set; }

    public IReadOnlyList<int> SealedForClientIds =>
        SealedFor?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [];

    /// <summary>SHA-256 over the line's content and the previous line's hash.</summary>
    public byte[]? Hash { get; private set; }

    /// <summary>The <see cref="SealedFor"/> of a value sealed for these clients.</summary>
    public static string SealedForText(IEnumerable<int> clientIds) =>
        string.Join(' ', clientIds.Distinct().Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Gives the line its place in the trail and the hash that chains it to the line before.</summary>
    public void Link(long id, byte[] hash)
    {
        if (Hash is not null)
        {
            throw new InvalidOperationException("An audit entry is linked into the trail once.");
        }

        Id = id;
        Hash = hash;
    }
}
