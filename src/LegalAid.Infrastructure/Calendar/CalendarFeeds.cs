using System.Security.Cryptography;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Calendar;

internal sealed class CalendarFeeds(LegalAidDbContext db, TimeProvider clock) : ICalendarFeeds
{
    /// <summary>How long a feed may go unread before its last read time is written again.</summary>
    private static readonly TimeSpan ReadTimeGranularity = TimeSpan.FromMinutes(5);

    public Task<CalendarFeedStatus?> GetAsync(string userId, CancellationToken cancellationToken) =>
        Live().Where(f => f.UserId == userId)
            .Select(f => new CalendarFeedStatus(f.IssuedAtUtc, f.LastReadAtUtc))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<string> IssueAsync(string userId, string language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await RevokeAllAsync(userId, now, cancellationToken);
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, SecretHash = SecretHash.Of(secret), Language = language, IssuedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    public async Task<bool> RevokeAsync(string userId, CancellationToken cancellationToken)
    {
        var revoked = await RevokeAllAsync(userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return revoked;
    }

    public async Task<CalendarFeedOwner?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretHash.Of(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var feed = await Live().Include(f => f.User)
            .SingleOrDefaultAsync(f => f.SecretHash == hash, cancellationToken);
        if (feed is not { User: { StaffMemberId: { } staffMemberId, CentreId: { } centreId } user } || user.LockoutEnd > now)
        {
            return null;
        }

        if (feed.LastReadAtUtc is null || now - feed.LastReadAtUtc > ReadTimeGranularity)
        {
            await db.CalendarFeeds.Where(f => f.Id == feed.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.LastReadAtUtc, now), cancellationToken);
        }

        return new CalendarFeedOwner(feed.Id, user.Id, user.UserName ?? user.Email ?? user.Id, staffMemberId, centreId, feed.Language);
    }

    private IQueryable<CalendarFeed> Live() => db.CalendarFeeds.Where(f => f.RevokedAtUtc == null);

    private async Task<bool> RevokeAllAsync(string userId, DateTime now, CancellationToken cancellationToken)
    {
        var live = await Live().Where(f => f.UserId == userId).ToListAsync(cancellationToken);
        live.ForEach(f => f.RevokedAtUtc = now);
        return live.Count > 0;
    }
}
