using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// The plain start of a backup file: magic, format version, chunk size, the id of the key it needs and the
/// file's random salt. Every chunk authenticates it, so none of it can be changed unnoticed.
/// </summary>
internal sealed class BackupHeader
{
    public const int DefaultChunkSize = 1024 * 1024;
    private const byte Version = 1;
    private const int MinChunkSize = 4096;
    private const int MaxChunkSize = 16 * 1024 * 1024;
    private const int SaltLength = 32;
    private static readonly byte[] Magic = "LABACKUP"u8.ToArray();
    private static readonly int Length = Magic.Length + 1 + sizeof(int) + BackupKey.IdLength + SaltLength;

    private BackupHeader(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public int ChunkSize => BinaryPrimitives.ReadInt32LittleEndian(Bytes.AsSpan(Magic.Length + 1));

    public ReadOnlySpan<byte> KeyId => Bytes.AsSpan(Magic.Length + 1 + sizeof(int), BackupKey.IdLength);

    public ReadOnlySpan<byte> Salt => Bytes.AsSpan(Length - SaltLength);

    public static BackupHeader New(BackupKey key, int chunkSize)
    {
        var bytes = new byte[Length];
        Magic.CopyTo(bytes, 0);
        bytes[Magic.Length] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(Magic.Length + 1), chunkSize);
        key.Id.CopyTo(bytes, Magic.Length + 1 + sizeof(int));
        RandomNumberGenerator.Fill(bytes.AsSpan(Length - SaltLength));
        return new BackupHeader(bytes);
    }

    /// <summary>Reads the header and checks that <paramref name="key"/> is the one the file was made with.</summary>
    public static BackupHeader Read(Stream file, BackupKey key)
    {
        var bytes = new byte[Length];
        var read = file.ReadAtLeast(bytes, Length, throwOnEndOfStream: false);
        if (read < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupRefusedException("This is not a LegalAid backup file.");
        }

        if (read < Length)
        {
            throw new BackupRefusedException("The backup file is incomplete: it ends inside its header.");
        }

        var header = new BackupHeader(bytes);
        if (bytes[Magic.Length] != Version)
        {
            throw new BackupRefusedException($"The backup file has format version {bytes[Magic.Length]}; this version of LegalAid reads version {Version}.");
        }

        if (header.ChunkSize is < MinChunkSize or > MaxChunkSize)
        {
            throw new BackupRefusedException("The backup file is damaged or was altered: its header is not valid.");
        }

        if (!header.KeyId.SequenceEqual(key.Id))
        {
            throw new BackupRefusedException(
                $"The backup was encrypted with another key (key id {Convert.ToHexString(header.KeyId)}); {BackupKeySource.Setting} is key id {key.IdText}. "
                + "Set Backup__Key to the key the backup was made with.");
        }

        return header;
    }
}
