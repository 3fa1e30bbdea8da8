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
/// No place: a phone calendar is copied to its vendor's cloud, and a place is free text a lawyer may have written a
/// client's name into; the case number leads back to it.
/// </summary>
public sealed record CalendarEvent(string Uid, DateOnly Day, TimeOnly? At, string Summary, DateTime StampUtc);
