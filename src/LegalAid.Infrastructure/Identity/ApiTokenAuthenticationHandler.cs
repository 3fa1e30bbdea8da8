using System.Text.Encodings.Web;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LegalAid.Infrastructure.Identity;

/// <summary>Authenticates <c>Authorization: Bearer la_...</c> as the account that issued the token.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    LegalAidDbContext db,
    SignInManager<ApplicationUser> signIn,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>Compiled once: it runs on every API request, and LINQ's per-call translation showed in profiles.</summary>
    private static readonly Func<LegalAidDbContext, string, DateTime, CancellationToken, Task<ApiToken?>> LiveTokenBySecretHash =
        EF.CompileAsyncQuery((LegalAidDbContext db, string hash, DateTime now, CancellationToken _) =>
            db.ApiTokens.Include(t => t.User).SingleOrDefault(t => t.SecretHash == hash && t.RevokedAtUtc == null && t.ExpiresAtUtc > now));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = SecretHash.Of(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await LiveTokenBySecretHash(db, hash, now, Context.RequestAborted);
        if (token is null || await signIn.UserManager.IsLockedOutAsync(token.User))
        {
            return AuthenticateResult.Fail("The token is unknown, expired, revoked or its account is locked.");
        }

        if (token.LastUsedAtUtc is null || now - token.LastUsedAtUtc > TimeSpan.FromMinutes(5))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now));
        }

        var principal = await signIn.CreateUserPrincipalAsync(token.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>RFC 6750: a refused token is answered with the scheme and why.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
