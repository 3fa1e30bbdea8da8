using LegalAid.Infrastructure.Identity;

namespace LegalAid.Infrastructure.Calendar;

/// <summary>A calendar feed address issued to an account; only the SHA-256 of its secret is stored.</summary>
internal sealed class CalendarFeed
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public ApplicationUser User { get; set; } = null!;

    public string SecretHash { get; set; } = string.Empty;

    /// <summary>The language the events are written in: the account's when the feed was issued.</summary>
    public string Language { get; set; } = string.Empty;

    public DateTime IssuedAtUtc { get; set; }

    public DateTime? LastReadAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
