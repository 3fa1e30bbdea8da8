namespace LegalAid.Domain.Clients;

/// <summary>
/// One word of a client's name as it is searched for (see <see cref="ClientSearchKey.Tokens"/>), kept in sync
/// with the name by <see cref="Client.RefreshSearchKeys"/>.
/// </summary>
public sealed class ClientNameToken
{
    public const int MaxLength = 64;

    private ClientNameToken()
    {
        Value = null!;
    }

    internal ClientNameToken(NameTokenKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public int ClientId { get; private set; }

    public NameTokenKind Kind { get; private set; }

    public string Value { get; private set; }
}
