using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Identity.Sessions;

internal sealed class UserSessions(LegalAidDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IUserSessions
{
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = SessionKey.CurrentHash(httpContextAccessor.HttpContext);
        return await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAtUtc > now)
            .OrderByDescending(s => s.LastSeenAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new SessionSummary(s.Id, s.Device, s.IpAddress, s.CreatedAtUtc, s.LastSeenAtUtc, s.ExpiresAtUtc, s.KeyHash == current))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> EndAsync(string userId, int sessionId, CancellationToken cancellationToken) =>
        await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<int> EndAllAsync(string userId, CancellationToken cancellationToken) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> EndOthersAsync(string userId, CancellationToken cancellationToken)
    {
        var current = SessionKey.CurrentHash(httpContextAccessor.HttpContext);
        return db.UserSessions.Where(s => s.UserId == userId && s.KeyHash != current).ExecuteDeleteAsync(cancellationToken);
    }
}
