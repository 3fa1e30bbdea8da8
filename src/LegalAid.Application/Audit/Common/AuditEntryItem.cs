using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Audit.Common;

/// <summary>What a reader sees of the personal values an audit entry keeps.</summary>
public enum PersonalValuesState
{
    /// <summary>The entry keeps none.</summary>
    None = 0,

    /// <summary>Shown: a coordinator reading an entry about their own centre's clients.</summary>
    Shown = 1,

    /// <summary>Kept, but not for this reader: administrators see who did what and when, never the values.</summary>
    Hidden = 2,

    /// <summary>Gone for everyone: the client was anonymised or erased and their key destroyed.</summary>
    Erased = 3,
}

/// <summary>One changed field; a personal one carries its values only when they are <see cref="PersonalValuesState.Shown"/>.</summary>
public sealed record AuditChangeItem(string Field, string? Before, string? After, bool IsPersonal)
{
    /// <summary>How a moment the trail kept in UTC is given, on the reader's centre's clock, for the reader to format.</summary>
    public const string MomentFormat = "yyyy-MM-dd HH:mm:ss";
}

/// <summary>An audit entry as its reader may see it, its time at the reader's centre.</summary>
public sealed record AuditEntryItem(
    long Id,
    DateTime OccurredAt,
    AuditAction Action,
    string EntityType,
    string? EntityId,
    string? UserName,
    int? CentreId,
    string? IpAddress,
    IReadOnlyList<AuditChangeItem> Changes,
    string? Details,
    PersonalValuesState PersonalValues)
{
    /// <summary>
    /// What a reader knows the record by where its id says nothing: an account's e-mail, a staff member's or a centre's
    /// name, a case's number, an exported table's title.
    /// </summary>
    public string? EntityName { get; init; }
}
