using System.Globalization;
using System.Security.Claims;
using LegalAid.Application.Common.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LegalAid.Infrastructure.Identity;

/// <summary>Adds the account's centre, staff member, display name and pending obligations to its roles.</summary>
internal sealed class LegalAidClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IOptions<SecurityOptions> security)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LegalAidClaims.DisplayName, user.DisplayName));
        if (user.CentreId is { } centre)
        {
            identity.AddClaim(new Claim(LegalAidClaims.CentreId, centre.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.StaffMemberId is { } staff)
        {
            identity.AddClaim(new Claim(LegalAidClaims.StaffMemberId, staff.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(LegalAidClaims.MustChangePassword, "true"));
        }

        if (security.Value.RequireTwoFactorForAdministrators && !user.TwoFactorEnabled
            && identity.HasClaim(Options.ClaimsIdentity.RoleClaimType, Application.Common.Security.Roles.Administrator))
        {
            identity.AddClaim(new Claim(LegalAidClaims.MustEnableTwoFactor, "true"));
        }

        return identity;
    }
}
