using System.Security.Claims;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Identity.Sessions;

/// <summary>
/// Keeps the sign-in cookie's ticket in the database (<see cref="UserSession"/>), so that signing out, or ending a
/// session for any other reason, refuses its cookie on the next request on every web server. It works on the
/// request's own database context, so that a sign-in inside a command's transaction is saved or undone with it.
/// Expired sessions are deleted when they are next presented and, all at once, whenever someone signs in.
/// </summary>
internal sealed class DatabaseTicketStore(IHttpContextAccessor httpContextAccessor, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>Compiled once: it runs on every request that carries a cookie, and LINQ's per-call translation showed in profiles.</summary>
    private static readonly Func<LegalAidDbContext, string, CancellationToken, Task<StoredSession?>> SessionByKeyHash =
        EF.CompileAsyncQuery((LegalAidDbContext db, string hash, CancellationToken _) =>
            db.UserSessions.AsNoTracking().Where(s => s.KeyHash == hash)
                .Select(s => new StoredSession(s.Ticket, s.ExpiresAtUtc, s.LastSeenAtUtc))
                .SingleOrDefault());

    private HttpContext Context => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("Sign-in sessions are read and written only while handling a request.");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var (context, db, now) = (Context, Database, clock.GetUtcNow().UtcDateTime);
        await db.UserSessions.Where(s => s.ExpiresAtUtc <= now).ExecuteDeleteAsync(context.RequestAborted);

        var key = SessionKey.New();
        var session = new UserSession
        {
            KeyHash = SecretHash.Of(key),
            UserId = UserIdOf(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAtUtc = now,
            LastSeenAtUtc = now,
            ExpiresAtUtc = ExpiryOf(ticket),
            Device = DeviceName.From(context.Request.Headers.UserAgent.ToString()),
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(context.RequestAborted);
        db.Entry(session).State = EntityState.Detached;
        SessionKey.MarkCurrent(context, session.KeyHash);
        return key;
    }

    /// <summary>Replaces the ticket of a session that still exists; one ended meanwhile stays ended.</summary>
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var (hash, userId, bytes, expires, now) = (SecretHash.Of(key), UserIdOf(ticket), TicketSerializer.Default.Serialize(ticket), ExpiryOf(ticket), clock.GetUtcNow().UtcDateTime);
        return Database.UserSessions.Where(s => s.KeyHash == hash).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.UserId, userId).SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAtUtc, expires).SetProperty(x => x.LastSeenAtUtc, now),
            Context.RequestAborted);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var (context, db, hash, now) = (Context, Database, SecretHash.Of(key), clock.GetUtcNow().UtcDateTime);
        var session = await SessionByKeyHash(db, hash, context.RequestAborted);
        if (session is null)
        {
            return null;
        }

        if (session.ExpiresAtUtc <= now)
        {
            await RemoveAsync(key);
            return null;
        }

        if (now - session.LastSeenAtUtc >= LastSeenPrecision)
        {
            var address = context.Connection.RemoteIpAddress?.ToString();
            await db.UserSessions.Where(s => s.KeyHash == hash)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now).SetProperty(x => x.IpAddress, address), context.RequestAborted);
        }

        SessionKey.MarkCurrent(context, hash);
        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    /// <summary>Not cancelled with the request: a sign-out must finish even if the browser stops waiting for it.</summary>
    public Task RemoveAsync(string key)
    {
        var hash = SecretHash.Of(key);
        return Database.UserSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(CancellationToken.None);
    }

    private LegalAidDbContext Database => Context.RequestServices.GetRequiredService<LegalAidDbContext>();

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session ticket must name its account.");

    private static DateTime ExpiryOf(AuthenticationTicket ticket) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? throw new InvalidOperationException("A session ticket must expire.");

    private sealed record StoredSession(byte[] Ticket, DateTime ExpiresAtUtc, DateTime LastSeenAtUtc);
}
