using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// The audit trail's cryptography, with .NET's own AES-GCM, HKDF and HMAC: per-client keys wrapped by the master key
/// (<see cref="AuditOptions.MasterKey"/>), personal values sealed for one or more clients, and keyed hashes of
/// submitted requests. A value sealed for several clients opens only with every one of their keys, so destroying
/// any one key makes it unreadable.
/// </summary>
public sealed class AuditCrypto
{
    public const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] masterKey;
    private readonly byte[] submittedRequestKey;

    public AuditCrypto(IOptions<AuditOptions> options)
    {
        masterKey = Decode(options.Value.MasterKey);
        submittedRequestKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, KeySize, info: "LegalAid submitted requests"u8.ToArray());
    }

    /// <summary>For <c>dotnet ef</c>, which builds the model and never seals anything.</summary>
    public static AuditCrypto ForDesignTime() =>
        new(Options.Create(new AuditOptions { MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize)) }));

    public static byte[] NewClientKey() => RandomNumberGenerator.GetBytes(KeySize);

    /// <summary>The client's key encrypted with the master key, bound to the client's id.</summary>
    public byte[] Wrap(int clientId, byte[] clientKey) => Encrypt(masterKey, clientKey, ClientKeyContext(clientId));

    public byte[] Unwrap(int clientId, byte[] wrapped) => Decrypt(masterKey, wrapped, ClientKeyContext(clientId));

    /// <summary>Encrypts <paramref name="plaintext"/> for the clients <paramref name="sealedFor"/> names, with their keys in the same order.</summary>
    public static byte[] Seal(string plaintext, string sealedFor, IReadOnlyList<byte[]> clientKeys) =>
        Encrypt(SealKey(clientKeys), Encoding.UTF8.GetBytes(plaintext), SealContext(sealedFor));

    /// <summary>An AES-GCM instance of one client's key, to seal many values for that client with <see cref="Seal(AesGcm, ReadOnlySpan{byte}, string)"/>.</summary>
    public static AesGcm SealCipher(byte[] clientKey) => new(SealKey([clientKey]), TagSize);

    /// <summary>Encrypts UTF-8 <paramref name="plaintext"/> for the one client <paramref name="sealedFor"/> names, whose key <paramref name="cipher"/> holds.</summary>
    public static byte[] Seal(AesGcm cipher, ReadOnlySpan<byte> plaintext, string sealedFor) => Encrypt(cipher, plaintext, SealContext(sealedFor));

    /// <summary>The sealed text, or null when the keys do not open it.</summary>
    public static string? Open(byte[] sealedValue, string sealedFor, IReadOnlyList<byte[]> clientKeys)
    {
        try
        {
            return Encoding.UTF8.GetString(Decrypt(SealKey(clientKeys), sealedValue, SealContext(sealedFor)));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    /// <summary>HMAC-SHA256 of a submitted request under a key of its own, derived from the master key.</summary>
    public string HashSubmittedRequest(byte[] request) => Convert.ToHexString(HMACSHA256.HashData(submittedRequestKey, request));

    private static byte[] Decode(string? masterKey)
    {
        byte[]? key = null;
        try
        {
            key = string.IsNullOrWhiteSpace(masterKey) ? null : Convert.FromBase64String(masterKey);
        }
        catch (FormatException)
        {
        }

        return key is { Length: KeySize }
            ? key
            : throw new InvalidOperationException(
                $"{AuditOptions.Section}:MasterKey must be {KeySize} random bytes in base64 (make one with 'openssl rand -base64 32') " +
                "and be kept in a secret, e.g. the environment variable Audit__MasterKey.");
    }

    private static byte[] SealKey(IReadOnlyList<byte[]> clientKeys) =>
        clientKeys.Count == 1 ? clientKeys[0] : HKDF.Extract(HashAlgorithmName.SHA256, clientKeys.SelectMany(k => k).ToArray(), "LegalAid audit seal"u8.ToArray());

    private static byte[] ClientKeyContext(int clientId) => Encoding.UTF8.GetBytes($"LegalAid client key {clientId}");

    private static byte[] SealContext(string sealedFor) => Encoding.UTF8.GetBytes($"LegalAid audit sealed for {sealedFor}");

    private static byte[] Encrypt(byte[] key, byte[] plaintext, byte[] context)
    {
        using var aes = new AesGcm(key, TagSize);
        return Encrypt(aes, plaintext, context);
    }

    /// <summary>nonce | tag | ciphertext.</summary>
    private static byte[] Encrypt(AesGcm aes, ReadOnlySpan<byte> plaintext, byte[] context)
    {
        var result = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = result.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, plaintext, result.AsSpan(NonceSize + TagSize), result.AsSpan(NonceSize, TagSize), context);
        return result;
    }

    private static byte[] Decrypt(byte[] key, byte[] sealedValue, byte[] context)
    {
        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new AuthenticationTagMismatchException();
        }

        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), plaintext, context);
        return plaintext;
    }
}
