using System.Threading.RateLimiting;
using LegalAid.Infrastructure.Identity;
using LegalAid.Web.Startup;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Security;

internal static class Authentication
{
    public const string SignInRateLimit = "sign-in";
    public const string CalendarFeedRateLimit = "calendar-feed";
    private const string Scheme = "LegalAid";

    /// <summary>
    /// Browsers use a secure, HttpOnly, same-site session cookie that slides for 30 minutes and carries only the key
    /// of a session kept in the database; API clients send <c>Authorization: Bearer</c> tokens. The API answers
    /// 401/403 instead of redirecting.
    /// </summary>
    public static IServiceCollection AddLegalAidAuthentication(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        var securePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Session cookie or API token", options => options.ForwardDefaultSelector = context =>
                SendsApiToken(context.Request) ? IdentityRegistration.ApiTokenScheme : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "LegalAid.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.CookieManager = new NewSessionAtSignIn(options.LoginPath, "/Account/LoginWithCode");
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? AskForAToken(context.Response)
                : Redirect(context);
            options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            // The code page says so: five minutes between the password and the code.
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "LegalAid.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        var attemptsPerMinute = configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
        var feedReadsPerMinute = configuration.GetValue("Security:CalendarFeedReadsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRefusals.SayWhenToRetry;
            options.LimitConcurrentRequests(configuration);
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("reading"));
            // A calendar polls every few minutes; anything much faster is someone guessing addresses.
            options.AddPolicy(CalendarFeedRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = feedReadsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddAuthorizationBuilder().AddLegalAidPolicies();
        return services;
    }

    /// <summary>An API client's request, signed in by its token; any other is signed in by the session cookie, if at all.</summary>
    public static bool SendsApiToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>RFC 9110 has a 401 name a way to sign in: for the API, a bearer token.</summary>
    private static Task AskForAToken(HttpResponse response)
    {
        response.Headers.WWWAuthenticate = "Bearer";
        return Status(response, StatusCodes.Status401Unauthorized);
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
