using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LegalAid.Application.Common.Interfaces;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace LegalAid.Infrastructure.Calendar;

/// <summary>iCalendar through Ical.Net: all-day events, stable UIDs, no time zone needed.</summary>
internal sealed class IcalCalendarWriter : ICalendarWriter
{
    public byte[] Write(string calendarName, IEnumerable<CalendarEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//LegalAid//Deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var item in events)
        {
            calendar.Events.Add(new IcalEvent
            {
                Uid = item.Uid,
                Summary = item.Summary,
                DtStart = new CalDateTime(item.Day),
                DtEnd = new CalDateTime(item.Day.AddDays(1)),
                DtStamp = new CalDateTime(item.StampUtc, CalDateTime.UtcTzId),
                Transparency = TransparencyType.Transparent,
            });
        }

        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }
}
