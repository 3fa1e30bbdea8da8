namespace LegalAid.Application.Common.Interfaces;

/// <summary>Writes events as an iCalendar (RFC 5545) file.</summary>
public interface ICalendarWriter
{
    byte[] Write(string calendarName, IEnumerable<CalendarEvent> events);
}

/// <summary>An all-day event; <paramref name="Uid"/> stays the same for the same event in every read of the feed.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Day, string Summary, DateTime StampUtc);
