namespace LegalAid.Infrastructure.Identity;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Administrators must turn on two-factor sign-in before they can do anything else.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
