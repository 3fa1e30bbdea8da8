using System.Security.Cryptography;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// The 256-bit secret that encrypts backups. Each backup file derives its own AES-256 key from it and the file's
/// random salt (HKDF-SHA256), so within a file a chunk counter is a nonce that never repeats under its key.
/// </summary>
internal sealed class BackupKey
{
    public const int Length = 32;
    public const int IdLength = 8;

    private readonly byte[] secret;

    private BackupKey(byte[] secret)
    {
        this.secret = secret;
        Id = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, IdLength, salt: [], info: "LegalAid backup key id"u8.ToArray());
    }

    /// <summary>
    /// A short public name of the key, written in each file's header, so that a file made with another key is
    /// refused by name rather than as damaged. Derived one way: it reveals nothing of the key.
    /// </summary>
    public byte[] Id { get; }

    public string IdText => Convert.ToHexString(Id);

    /// <summary>The key in base64, or null when it is not 32 bytes in base64.</summary>
    public static BackupKey? Parse(string base64)
    {
        var bytes = new byte[Length + 1];
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var written) && written == Length
            ? new BackupKey(bytes[..Length])
            : null;
    }

    public byte[] ForFile(ReadOnlySpan<byte> salt) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, Length, salt.ToArray(), "LegalAid backup file v1"u8.ToArray());
}
