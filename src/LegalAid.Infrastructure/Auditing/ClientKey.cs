namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// The key that seals what the audit trail keeps of one client, wrapped by the master key. Anonymisation and erasure
/// delete it, and with it every personal value the trail holds about the client (crypto-shredding).
/// </summary>
internal sealed class ClientKey
{
    public int ClientId { get; init; }

    public required byte[] WrappedKey { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}
