namespace LegalAid.Application.Common.Security;

/// <summary>The claims LegalAid adds to a signed-in user's identity: Identity writes them, the web edge reads them into <see cref="Interfaces.ICurrentUser"/>.</summary>
public static class LegalAidClaims
{
    public const string StaffMemberId = "legalaid:staff_member_id";
    public const string CentreId = "legalaid:centre_id";
    public const string DisplayName = "legalaid:display_name";
    public const string MustChangePassword = "legalaid:must_change_password";
    public const string MustEnableTwoFactor = "legalaid:must_enable_two_factor";
}
