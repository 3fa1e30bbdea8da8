namespace LegalAid.Application.Common.Interfaces;

/// <summary>Writes events as an iCalendar (RFC 5545) file.</summary>
public interface ICalendarWriter
{
    /// <param name="timeZoneId">The IANA time zone the events' times are in (the centre's).</param>
    byte[] Write(string calendarName, string timeZoneId, IEnumerable<CalendarEvent> events);
}

/// <summary>
/// An event on <paramref name="Day"/>: from <paramref name="At"/> in the calendar's time zone when it has a time (a hearing
/// at 10:30), all day otherwise. <paramref name="Uid"/> stays the same for the same event in every read of the feed.
/// </summary>
/// <param name="Location">Where to be (a court and its room), or null.</param>
public sealed record CalendarEvent(string Uid, DateOnly Day, TimeOnly? At, string Summary, string? Location, DateTime StampUtc);
