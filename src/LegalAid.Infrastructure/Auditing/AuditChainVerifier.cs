using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Recomputes every entry's hash in id order, a batch at a time, and compares it with the stored one; then checks that
/// the chain ends where its head says. An entry changed in the database file shows as the first mismatch (or, when its
/// hash was recomputed too, the entry after it, or the head for the last entry).
/// </summary>
internal sealed class AuditChainVerifier(LegalAidDbContext db) : IAuditChainVerifier
{
    private const int BatchSize = 5_000;

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingleRowId, cancellationToken);
        var previous = AuditChain.Genesis;
        var (count, lastId) = (0L, 0L);
        while (true)
        {
            var after = lastId;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                count++;
                if (entry.Hash is null || !AuditChain.HashOf(entry, entry.Id, previous).AsSpan().SequenceEqual(entry.Hash))
                {
                    return new AuditChainVerification(count, entry.Id, head.LastEntryId, entry.Id);
                }

                (previous, lastId) = (entry.Hash, entry.Id);
            }
        }

        var headMatches = lastId != head.LastEntryId || previous.AsSpan().SequenceEqual(head.LastHash ?? []);
        return new AuditChainVerification(count, lastId, head.LastEntryId, headMatches ? null : lastId);
    }
}
