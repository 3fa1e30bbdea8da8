using System.Globalization;

namespace LegalAid.Web.Pages;

/// <summary>A moment kept in UTC as a reader reads it: on a centre's clock, in the reader's format («07.12.2026 02:33»).</summary>
public static class Moments
{
    public static string OnClockOf(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(utc, timeZoneId).ToString("g", CultureInfo.CurrentCulture);
}
