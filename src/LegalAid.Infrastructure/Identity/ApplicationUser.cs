using Microsoft.AspNetCore.Identity;

namespace LegalAid.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The centre a lawyer's or coordinator's account belongs to; they see only its records.</summary>
    public int? CentreId { get; set; }

    /// <summary>The staff member the account acts as on cases and consultations.</summary>
    public int? StaffMemberId { get; set; }

    /// <summary>Set for one-time passwords: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
