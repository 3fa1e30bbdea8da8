using LegalAid.Domain.Common;

namespace LegalAid.Domain.Clients;

/// <summary>A date of birth, or only the year when the client does not know the day.</summary>
public readonly record struct DateOfBirth
{
    private DateOfBirth(int year, DateOnly? exactDate)
    {
        Year = year;
        ExactDate = exactDate;
    }

    public int Year { get; }

    public DateOnly? ExactDate { get; }

    public static DateOfBirth Exact(DateOnly date, DateOnly today)
    {
        Check(date.Year, today);
        Guard.Require(date <= today, DomainErrors.InFuture, nameof(DateOfBirth), "A date of birth cannot be in the future.");
        return new DateOfBirth(date.Year, date);
    }

    public static DateOfBirth YearOnly(int year, DateOnly today)
    {
        Check(year, today);
        return new DateOfBirth(year, null);
    }

    internal static DateOfBirth Restore(int year, DateOnly? exactDate) => new(year, exactDate);

    /// <summary>The age on a date of someone born on <paramref name="birthDate"/>, or in <paramref name="birthYear"/>; null when neither is known.</summary>
    public static int? AgeOn(int? birthYear, DateOnly? birthDate, DateOnly date) =>
        birthYear is { } year ? Restore(year, birthDate).AgeOn(date) : null;

    /// <summary>Age in whole years on a date; with only the year known, the age reached during that year.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - Year;
        if (ExactDate is { } birth && date < birth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    private static void Check(int year, DateOnly today) =>
        Guard.Require(
            year >= today.Year - 120 && year <= today.Year,
            DomainErrors.InvalidDateOfBirth,
            nameof(DateOfBirth),
            "A year of birth must lie within the last 120 years.");
}
