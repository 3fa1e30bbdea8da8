using System.Buffers.Binary;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// How one chunk is sealed. On disk: a flag (1 for the last chunk), the ciphertext's length, the ciphertext and the
/// AES-GCM tag. The nonce is the chunk's number; the header, flag and length are authenticated with it, so a chunk
/// moved, dropped, cut short or presented as the last one fails its tag.
/// </summary>
internal static class BackupChunk
{
    public const int PrefixLength = 1 + sizeof(int);
    public const int TagLength = 16;
    public const int NonceLength = 12;

    public static void WritePrefix(Span<byte> prefix, bool last, int length)
    {
        prefix[0] = last ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(prefix[1..], length);
    }

    public static void Nonce(Span<byte> nonce, long number)
    {
        nonce.Clear();
        BinaryPrimitives.WriteInt64BigEndian(nonce[(NonceLength - sizeof(long))..], number);
    }

    public static byte[] AssociatedData(BackupHeader header, ReadOnlySpan<byte> prefix) => [.. header.Bytes, .. prefix];
}
