using LegalAid.Application.Common.Localisation;

namespace LegalAid.Application.Tests.Common.Localisation;

public sealed class CulturesTests
{
    private static readonly DateTime Evening = new(2026, 12, 7, 17, 5, 9);

    [Theory]
    [InlineData("ru", "07.12.2026 17:05:09")]
    [InlineData("ky", "07.12.2026 17:05:09")]
    [InlineData("en", "7 Dec 2026 17:05:09")]
    public void AMoment_ReadsDayFirst_OnThe24HourClock(string language, string shown) =>
        Assert.Equal(shown, Evening.ToString("G", Cultures.For(language)));
}
