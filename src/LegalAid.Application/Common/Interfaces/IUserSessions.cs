namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// The sign-in sessions kept on the server, one per signed-in browser. Ending one refuses its cookie on the
/// next request, on every web server.
/// </summary>
public interface IUserSessions
{
    /// <summary>The account's sessions that have not expired, the most recently used first; the current request's is marked.</summary>
    Task<IReadOnlyList<SessionSummary>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>False when the account has no such session.</summary>
    Task<bool> EndAsync(string userId, int sessionId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account and returns how many there were.</summary>
    Task<int> EndAllAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account but the current request's (all of them for a request made with an API token); how many ended.</summary>
    Task<int> EndOthersAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>A session as its owner sees it: the browser and system it was opened on, and where it was last used from.</summary>
public sealed record SessionSummary(
    int Id,
    string? Device,
    string? IpAddress,
    DateTime SignedInAtUtc,
    DateTime LastSeenAtUtc,
    DateTime ExpiresAtUtc,
    bool IsCurrent)
{
    /// <summary>The reader's time zone, in which the page shows the times.</summary>
    public string TimeZoneId { get; init; } = string.Empty;
}
