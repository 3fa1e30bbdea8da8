using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class DateOfBirthTests
{
    [Fact]
    public void Exact_InTheFuture_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => DateOfBirth.Exact(TestData.Today.AddDays(1), TestData.Today));

        Assert.Equal(DomainErrors.InFuture, error.Code);
    }

    [Theory]
    [InlineData(1905)]
    [InlineData(2027)]
    public void YearOutsideTheLast120Years_IsRefused(int year)
    {
        var error = Assert.Throws<DomainException>(() => DateOfBirth.YearOnly(year, TestData.Today));

        Assert.Equal(DomainErrors.InvalidDateOfBirth, error.Code);
    }

    [Theory]
    [InlineData("1990-03-15", "2026-03-15", 36)]
    [InlineData("1990-03-16", "2026-03-15", 35)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)] // Civil Code art. 192: a missing day is the month's last day.
    public void AgeOn_CountsWholeYears(string born, string on, int age) =>
        Assert.Equal(age, DateOfBirth.Exact(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), TestData.Today)
            .AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void YearOnly_AgeIsTheAgeReachedThatYear()
    {
        var born = DateOfBirth.YearOnly(2000, TestData.Today);

        Assert.Null(born.ExactDate);
        Assert.Equal(26, born.AgeOn(new DateOnly(2026, 1, 1)));
    }
}
