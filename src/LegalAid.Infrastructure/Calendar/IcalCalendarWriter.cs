using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LegalAid.Application.Common.Interfaces;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace LegalAid.Infrastructure.Calendar;

/// <summary>
/// iCalendar through Ical.Net: events with a time start then in the centre's time zone (its VTIMEZONE included),
/// the others are all-day events; UIDs are stable.
/// </summary>
internal sealed class IcalCalendarWriter : ICalendarWriter
{
    /// <summary>How long a timed event holds the phone's calendar: when a hearing ends is not recorded.</summary>
    private static readonly Duration TimedEventLength = Duration.FromHours(1);

    public byte[] Write(string calendarName, string timeZoneId, IEnumerable<CalendarEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//LegalAid//Deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var item in events)
        {
            var calendarEvent = new IcalEvent
            {
                Uid = item.Uid,
                Summary = item.Summary,
                DtStamp = new CalDateTime(item.StampUtc, CalDateTime.UtcTzId),
                Transparency = item.At is null ? TransparencyType.Transparent : TransparencyType.Opaque,
            };
            if (item.At is { } at)
            {
                calendarEvent.DtStart = new CalDateTime(item.Day, at, timeZoneId);
                calendarEvent.Duration = TimedEventLength;
            }
            else
            {
                calendarEvent.DtStart = new CalDateTime(item.Day);
                calendarEvent.DtEnd = new CalDateTime(item.Day.AddDays(1));
            }

            calendar.Events.Add(calendarEvent);
        }

        if (calendar.Events.Any(e => e.DtStart!.HasTime))
        {
            calendar.AddTimeZone(timeZoneId);
        }

        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }
}
