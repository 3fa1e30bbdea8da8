using System.Security.Cryptography;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Identity;

internal sealed class ApiTokenService(LegalAidDbContext db, TimeProvider clock) : IApiTokens
{
    public const string SecretPrefix = "la_";

    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await db.ApiTokens.Where(t => t.UserId == userId).OrderByDescending(t => t.Id)
            .Select(t => new ApiTokenSummary(t.Id, t.Name, t.Prefix, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IssuedApiToken> IssueAsync(string userId, string name, DateTime expiresAtUtc, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..10],
            SecretHash = SecretHash.Of(secret),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresAtUtc = expiresAtUtc,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(token.Id, secret, expiresAtUtc);
    }

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var working = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAtUtc == null && t.ExpiresAtUtc > now).ToListAsync(cancellationToken);
        working.ForEach(t => t.RevokedAtUtc = now);
        await db.SaveChangesAsync(cancellationToken);
        return working.Count;
    }
}
