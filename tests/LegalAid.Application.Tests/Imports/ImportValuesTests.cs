using LegalAid.Application.Imports.Common;

namespace LegalAid.Application.Tests.Imports;

/// <summary>Dates and times as spreadsheets write them.</summary>
public sealed class ImportValuesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("17.05.1990", "1990-05-17")]
    [InlineData(" 7.5.90 ", "1990-05-07")]
    [InlineData("7.5.26", "2026-05-07")]
    [InlineData("7.5.27", "1927-05-07")]
    [InlineData("1990-05-17", "1990-05-17")]
    [InlineData("1990-5-7", "1990-05-07")]
    [InlineData("1990-05-17 00:00", "1990-05-17")]
    [InlineData("1990-05-17T08:30:15", "1990-05-17")]
    public void ADate_IsRead(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ImportValues.Date(text, Today).Value);

    [Theory]
    [InlineData("31.02.2020", ImportProblems.ImpossibleDate)]
    [InlineData("17.13.1990", ImportProblems.ImpossibleDate)]
    [InlineData("0000-01-01", ImportProblems.ImpossibleDate)]
    [InlineData("17/05/1990", ImportProblems.InvalidDate)]
    [InlineData("17.05.199", ImportProblems.InvalidDate)]
    [InlineData("１７.05.1990", ImportProblems.InvalidDate)]
    [InlineData("1990-05-17 8", ImportProblems.InvalidDate)]
    [InlineData("", ImportProblems.InvalidDate)]
    public void ANonDate_IsAProblem(string text, string problem) =>
        Assert.Equal(problem, ImportValues.Date(text, Today).Problem);

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData(" 9:05 ", 9, 5)]
    [InlineData("1990-05-17 14:30", 14, 30)]
    [InlineData("1990-05-17T14:30:15", 14, 30)]
    public void ATime_IsRead(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), ImportValues.Time(text).Value);

    [Theory]
    [InlineData("24:00")]
    [InlineData("14:60")]
    [InlineData("14.30")]
    [InlineData("1990-05-1714:30")]
    [InlineData("")]
    public void ANonTime_IsAProblem(string text) =>
        Assert.Equal(ImportProblems.InvalidTime, ImportValues.Time(text).Problem);
}
