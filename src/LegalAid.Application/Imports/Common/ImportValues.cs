using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// Dates, times and numbers as spreadsheets write them: 17.05.1990, 7.5.90, 1990-05-17 (and what an XLSX date cell
/// reads as, 1990-05-17 00:00); 14:30 or 9:05; whole numbers. Two-digit years are this century's unless that would be
/// after this year. The patterns only check the text (without allocating); the parts are then read from spans, as the
/// import reads a date or two in each of 100,000 rows.
/// </summary>
public static partial class ImportValues
{
    public static ParsedValue<DateOnly> Date(string text, DateOnly today)
    {
        var value = text.AsSpan().Trim();
        Span<Range> parts = stackalloc Range[3];
        int day, month, year;
        if (DottedDate().IsMatch(value))
        {
            value.Split(parts, '.');
            (day, month, year) = (Number(value[parts[0]]), Number(value[parts[1]]), Number(value[parts[2]]));
            if (value[parts[2]].Length == 2)
            {
                year += 2000;
                year -= year > today.Year ? 100 : 0;
            }
        }
        else if (IsoDate().IsMatch(value))
        {
            var date = value.IndexOfAny(' ', 'T') is var time and >= 0 ? value[..time] : value;
            date.Split(parts, '-');
            (year, month, day) = (Number(date[parts[0]]), Number(date[parts[1]]), Number(date[parts[2]]));
        }
        else
        {
            return ParsedValue.Failed<DateOnly>(ImportProblems.InvalidDate);
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? ParsedValue.Of(new DateOnly(year, month, day))
            : ParsedValue.Failed<DateOnly>(ImportProblems.ImpossibleDate);
    }

    /// <summary>A time of day, or the time part of a date and time.</summary>
    public static ParsedValue<TimeOnly> Time(string text)
    {
        var value = text.AsSpan().Trim();
        if (!TimeOfDay().IsMatch(value))
        {
            return ParsedValue.Failed<TimeOnly>(ImportProblems.InvalidTime);
        }

        var time = value[(value.LastIndexOfAny(' ', 'T') + 1)..];
        Span<Range> parts = stackalloc Range[3];
        time.Split(parts, ':');
        var (hour, minute) = (Number(time[parts[0]]), Number(time[parts[1]]));
        return hour <= 23 && minute <= 59 ? ParsedValue.Of(new TimeOnly(hour, minute)) : ParsedValue.Failed<TimeOnly>(ImportProblems.InvalidTime);
    }

    /// <summary>A whole number; "45.0", as a spreadsheet may write 45, too.</summary>
    public static ParsedValue<int> WholeNumber(string text)
    {
        var value = text.Trim().Replace(',', '.');
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            ? ParsedValue.Of((int)number)
            : ParsedValue.Failed<int>(ImportProblems.InvalidNumber);
    }

    /// <summary>A year alone, as a date of birth is often known.</summary>
    public static int? Year(string text) =>
        FourDigits().IsMatch(text.Trim()) ? int.Parse(text.Trim(), CultureInfo.InvariantCulture) : null;

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4}|[0-9]{2})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"(?:^|[ T])([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?$")]
    private static partial Regex TimeOfDay();
}

/// <summary>A value read from a cell, or the code of the problem that kept it from being read.</summary>
public readonly record struct ParsedValue<T>(T Value, string? Problem)
    where T : struct
{
    public bool Ok => Problem is null;
}

public static class ParsedValue
{
    public static ParsedValue<T> Of<T>(T value)
        where T : struct => new(value, null);

    public static ParsedValue<T> Failed<T>(string problem)
        where T : struct => new(default, problem);
}
