using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Application.Calendar.Common;

internal static class LiveFeeds
{
    /// <summary>The longest secret looked up: a longer one from the address is not live, and never reaches the store.</summary>
    public const int MaxSecretLength = 64;

    /// <summary>
    /// The case worker whose live feed has this secret, or "not found", the same for a secret never issued, revoked or
    /// malformed, so the address says nothing of which.
    /// </summary>
    public static async Task<CalendarFeedOwner> OwnerOfAsync(this ICalendarFeeds feeds, string secret, CancellationToken cancellationToken) =>
        (secret.Length is > 0 and <= MaxSecretLength ? await feeds.FindAsync(secret, cancellationToken) : null)
            ?? throw new NotFoundException("CalendarFeed", "?");
}
