using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// The audit trail's hash chain, in one place: what an entry's hash covers, and how new entries are appended. Each
/// entry's hash is SHA-256 over its content and the previous entry's hash, in id order; ids are handed out here, one
/// after another, while the chain's head row is locked.
/// </summary>
internal static class AuditChain
{
    public const int HashSize = 32;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Content;

    /// <summary>What the first entry is chained to.</summary>
    public static byte[] Genesis => new byte[HashSize];

    /// <summary>
    /// Links the entries after the last one and adds them to the context, inside the caller's transaction, the head row
    /// locked (<see cref="LockHeadAsync"/>) until it ends. Id order is therefore insertion order.
    /// </summary>
    public static async Task AppendAsync(LegalAidDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await LinkAsync(db, entries, cancellationToken);
        db.AuditEntries.AddRange(entries);
    }

    /// <summary>
    /// Links the entries after the last one and moves the head past them, for a caller that inserts them itself
    /// (<see cref="BulkInsert"/>) in the same transaction.
    /// </summary>
    public static async Task LinkAsync(LegalAidDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are appended inside a transaction.");
        }

        var last = await LockHeadAsync(db, cancellationToken);
        if (last.LastHash is null)
        {
            throw new InvalidOperationException(
                "The audit trail still holds entries from before it was sealed and chained: run the 'migrate' command, which upgrades them, before the app writes to it.");
        }

        var (id, hash) = (last.LastEntryId, last.LastHash);
        foreach (var entry in entries)
        {
            id++;
            hash = HashOf(entry, id, hash);
            entry.Link(id, hash);
        }

        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingleRowId).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastEntryId, id).SetProperty(h => h.LastHash, hash), cancellationToken);
    }

    /// <summary>
    /// Locks the head row and reads it in one statement, an update that changes nothing and returns the row. The head is
    /// written before it is read: on SQL Server the update's exclusive row lock is held to the end of the transaction, so a
    /// second writer waits there and then reads the head this one leaves (also under read-committed snapshot, as an update
    /// reads the latest committed row); SQLite serialises writers anyway.
    /// </summary>
    private static async Task<AuditChainHead> LockHeadAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlServer()
            ? (FormattableString)$"UPDATE [AuditChainHeads] SET [LastEntryId] = [LastEntryId] OUTPUT inserted.[Id], inserted.[LastEntryId], inserted.[LastHash] WHERE [Id] = {AuditChainHead.SingleRowId}"
            : $"UPDATE \"AuditChainHeads\" SET \"LastEntryId\" = \"LastEntryId\" WHERE \"Id\" = {AuditChainHead.SingleRowId} RETURNING \"Id\", \"LastEntryId\", \"LastHash\"";

        // Not composed (no Single() in SQL): the statement runs as written.
        return (await db.AuditChainHeads.FromSql(sql).AsNoTracking().ToListAsync(cancellationToken)).Single();
    }

    /// <summary>
    /// SHA-256 over every column of the entry (each length-prefixed, so no two contents read alike) and the previous hash,
    /// written out first and hashed in one call: an import chains a few hundred thousand entries.
    /// </summary>
    public static byte[] HashOf(AuditEntry entry, long id, byte[] previous)
    {
        var content = Content ??= new ArrayBufferWriter<byte>(1024);
        content.ResetWrittenCount();
        Long(content, id);
        Long(content, entry.OccurredAtUtc.Ticks);
        Long(content, (long)entry.Action);
        Text(content, entry.EntityType);
        Text(content, entry.EntityId);
        Text(content, entry.UserId);
        Text(content, entry.UserName);
        Long(content, entry.CentreId ?? -1);
        Text(content, entry.IpAddress);
        Text(content, entry.Changes);
        Text(content, entry.Details);
        Bytes(content, entry.Sealed);
        Text(content, entry.SealedFor);
        Bytes(content, previous);
        return SHA256.HashData(content.WrittenSpan);
    }

    private static void Long(ArrayBufferWriter<byte> content, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(content.GetSpan(sizeof(long)), value);
        content.Advance(sizeof(long));
    }

    private static void Bytes(ArrayBufferWriter<byte> content, byte[]? value)
    {
        Long(content, value?.Length ?? -1);
        content.Write(value);
    }

    private static void Text(ArrayBufferWriter<byte> content, string? value)
    {
        if (value is null)
        {
            Long(content, -1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Long(content, length);
        content.Advance(Encoding.UTF8.GetBytes(value, content.GetSpan(length)));
    }
}
