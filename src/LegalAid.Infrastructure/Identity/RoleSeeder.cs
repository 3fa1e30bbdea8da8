using LegalAid.Application.Common.Security;
using Microsoft.AspNetCore.Identity;

namespace LegalAid.Infrastructure.Identity;

/// <summary>Makes sure every role exists; run after each migration.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
