using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Identity;

public static class IdentityRegistration
{
    public const string ApiTokenScheme = ApiTokenAuthenticationHandler.SchemeName;

    /// <summary>
    /// Accounts in the application's database: passwords of 12+ characters that are not guessable,
    /// lockout for 15 minutes after 5 failures, optional authenticator codes, and API tokens.
    /// </summary>
    internal static IServiceCollection AddLegalAidIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<LegalAidDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalisedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<LegalAidClaimsPrincipalFactory>();

        // A locked or changed account loses its sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenScheme, null);

        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<IApiTokens, ApiTokenService>();
        return services;
    }
}
