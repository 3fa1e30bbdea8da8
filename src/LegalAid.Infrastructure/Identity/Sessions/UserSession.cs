namespace LegalAid.Infrastructure.Identity.Sessions;

/// <summary>
/// A signed-in browser. Its cookie carries only a random key; who the user is and until when the session lasts are
/// kept here, where every web server sees the same and where ending a session takes effect at once.
/// </summary>
internal sealed class UserSession
{
    public const int DeviceMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The SHA-256 of the key in the cookie; the key itself is never stored.</summary>
    public string KeyHash { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public ApplicationUser User { get; set; } = null!;

    /// <summary>The authentication ticket (claims and lifetime), serialised.</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>Written at most once a minute, so a busy browser does not cost a write per request.</summary>
    public DateTime LastSeenAtUtc { get; set; }

    /// <summary>Browser and system, such as "Chrome · Android", from the User-Agent at sign-in.</summary>
    public string? Device { get; set; }

    /// <summary>Where the session was last used from.</summary>
    public string? IpAddress { get; set; }
}
