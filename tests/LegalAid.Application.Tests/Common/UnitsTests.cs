using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;

namespace LegalAid.Application.Tests.Common;

public sealed class UnitsTests
{
    [Theory]
    [InlineData("ru", "120\u00A0000\u00A0₽")]
    [InlineData("ky", "120\u00A0000\u00A0₽")]
    [InlineData("en", "120,000\u00A0₽")]
    public void AnAmount_KeepsItsDigitsAndItsRouble_OnOneLine(string language, string expected)
    {
        using var _ = ReportLanguage.Use(language);

        Assert.Equal(expected, Units.Roubles(120_000m));
    }

    [Theory]
    [InlineData("ru", "2,4\u00A0МБ", "12\u00A0КБ")]
    [InlineData("ky", "2,4\u00A0МБ", "12\u00A0КБ")]
    [InlineData("en", "2.4\u00A0MB", "12\u00A0KB")]
    public void AFileSize_HasItsUnitInTheLanguage(string language, string megabytes, string kilobytes)
    {
        using var _ = ReportLanguage.Use(language);

        Assert.Equal((megabytes, kilobytes), (Units.FileSize(2_500_000), Units.FileSize(12 * 1024)));
    }
}
