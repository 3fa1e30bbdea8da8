namespace LegalAid.Infrastructure.Auditing;

/// <summary>The <c>Audit</c> configuration section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// 32 random bytes in base64 (<c>openssl rand -base64 32</c>) that wrap every client's audit key. Kept in a secret
    /// (the environment variable <c>Audit__MasterKey</c>), never in a file next to the database: whoever holds both reads
    /// the personal values the trail keeps. Losing it makes those values unreadable for good; the trail itself still verifies.
    /// </summary>
    public string? MasterKey { get; set; }

    /// <summary>
    /// How long the web app gathers views of personal data before writing them to the trail together
    /// (<see cref="AuditViewWriter"/>); zero writes each one within its request. What a crash can lose is the views of
    /// one window and of the write under way.
    /// </summary>
    public TimeSpan ViewBatchWindow { get; set; } = TimeSpan.FromMilliseconds(100);
}
