namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// Days of the demo's window weighted by season: labour migrants arrive in spring and leave for the winter holidays,
/// so the centres see more people from March to May and fewer in December and January. One random draw per day picked,
/// whatever the calendar, so the same seed makes the same number of records on any start date.
/// </summary>
internal sealed class DemoCalendar
{
    private static readonly double[] MonthWeights = [0.80, 0.90, 1.10, 1.20, 1.15, 1.05, 1.00, 1.00, 1.05, 1.05, 0.95, 0.75];

    private readonly DateOnly firstDay;
    private readonly double[] cumulative;

    /// <param name="firstDay">The first day records may fall on.</param>
    /// <param name="lastDay">The last day records may fall on: yesterday, never the future.</param>
    public DemoCalendar(DateOnly firstDay, DateOnly lastDay)
    {
        this.firstDay = firstDay;
        LastDay = lastDay;
        cumulative = new double[lastDay.DayNumber - firstDay.DayNumber + 1];
        var sum = 0d;
        for (var i = 0; i < cumulative.Length; i++)
        {
            sum += MonthWeights[firstDay.AddDays(i).Month - 1];
            cumulative[i] = sum;
        }
    }

    public DateOnly LastDay { get; }

    /// <summary>How many days the window holds.</summary>
    public int Days => cumulative.Length;

    /// <summary>A day from the first day to <paramref name="latest"/> (at most <see cref="LastDay"/>), busier months more likely.</summary>
    public DateOnly Day(Random random, DateOnly latest)
    {
        var last = Math.Clamp(latest.DayNumber - firstDay.DayNumber, 0, cumulative.Length - 1);
        var index = Array.BinarySearch(cumulative, 0, last + 1, random.NextDouble() * cumulative[last]);
        return firstDay.AddDays(Math.Min(index < 0 ? ~index : index, last));
    }
}
