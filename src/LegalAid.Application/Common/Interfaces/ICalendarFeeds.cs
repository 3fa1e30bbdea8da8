namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Each account's secret calendar feed address, for phone calendars that cannot sign in. Only a hash of the secret
/// is stored; issuing a new one revokes the old, and a locked account's feed answers as if it did not exist.
/// </summary>
public interface ICalendarFeeds
{
    Task<CalendarFeedStatus?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>A new secret (shown once) in <paramref name="language"/>; any earlier feed of the account stops working.</summary>
    Task<string> IssueAsync(string userId, string language, CancellationToken cancellationToken);

    Task<bool> RevokeAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The live feed with that secret and the case worker it belongs to; null when there is none.</summary>
    Task<CalendarFeedOwner?> FindAsync(string secret, CancellationToken cancellationToken);
}

public sealed record CalendarFeedStatus(DateTime IssuedAtUtc, DateTime? LastReadAtUtc)
{
    /// <summary>The time zone of the case worker's centre, in which the page shows these moments.</summary>
    public string TimeZoneId { get; init; } = string.Empty;
}

public sealed record CalendarFeedOwner(int FeedId, string UserId, string UserName, int StaffMemberId, int CentreId, string Language);
