using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
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
                // The user name is the e-mail address, which the account's validator checks; тест@почта.рф is one too.
                options.User.AllowedUserNameCharacters = string.Empty;
            })
            .AddEntityFrameworkStores<LegalAidDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalisedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<LegalAidClaimsPrincipalFactory>();

        // Sign-in sessions live in the database: whatever ends one (signing out, locking the account, a new password
        // or role, the user or an administrator ending it) refuses its cookie on the next request on every server.
        // The keys that protect the cookies are there too (AddLegalAidDataProtection).
        services.AddHttpContextAccessor();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddScoped<UserSessions>();
        services.AddScoped<IUserSessions>(provider => provider.GetRequiredService<UserSessions>());

        // The security stamp check is now only a backstop for a stamp changed where sessions are not ended (none of
        // the app's own paths) and refreshes the claims of long sessions; every check rewrites the session's ticket.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenScheme, null);

        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<IApiTokens, ApiTokenService>();
        return services;
    }
}
