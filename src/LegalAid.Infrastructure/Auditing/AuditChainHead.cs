namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// The end of the audit trail's hash chain: the last entry's id and hash. One row, locked by every append, so entries
/// are chained one transaction after another on both providers; a trail cut short no longer reaches it. No hash yet
/// while entries from before the chain wait for <see cref="LegacyAuditUpgrade"/>.
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingleRowId = 1;

    public int Id { get; init; }

    public long LastEntryId { get; init; }

    public byte[]? LastHash { get; init; }
}
