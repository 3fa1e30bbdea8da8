namespace LegalAid.Infrastructure.Identity;

/// <summary>A bearer token issued to an account; only the SHA-256 of its secret is stored.</summary>
internal sealed class ApiToken
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public ApplicationUser User { get; set; } = null!;

    public string Name { get; set; } = string.Empty;

    /// <summary>The first characters of the secret, so its owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = string.Empty;

    public string SecretHash { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
