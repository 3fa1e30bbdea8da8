namespace LegalAid.Application.Common.Interfaces;

/// <summary>Walks the audit trail's hash chain from the first entry to the last.</summary>
public interface IAuditChainVerifier
{
    Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The chain's state: intact when <see cref="FirstMismatchId"/> is null and the last entry is the one the chain's head
/// records. Otherwise the first entry whose hash does not match its content and the entry before it, or, when entries
/// were cut off the end, the id the head still records (<see cref="HeadEntryId"/>).
/// </summary>
public sealed record AuditChainVerification(long Entries, long LastEntryId, long HeadEntryId, long? FirstMismatchId)
{
    public bool IsIntact => FirstMismatchId is null && LastEntryId == HeadEntryId;
}
