using LegalAid.Application.Clients.Common;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Tests.Clients.Common;

public sealed class ClientPhoneTests
{
    [Theory]
    [InlineData("+996555123456", "+996 555 123 456")]
    [InlineData("+79161234567", "+7 916 123-45-67")]
    [InlineData("+992935551234", "+992 93 555 1234")]
    [InlineData("+998901234567", "+998 90 123 45 67")]
    public void ShouldShowTheNumberInInternationalFormat(string stored, string shown) =>
        Assert.Equal(shown, ClientPhone.Display(stored, Citizenships.Kyrgyzstan));

    [Fact]
    public void ShouldShowANumberStoredBeforeValidationAsReadInTheClientsCountry()
    {
        Assert.Equal("+996 555 123 456", ClientPhone.Display("0555123456", Citizenships.Kyrgyzstan));
        Assert.Equal("12345", ClientPhone.Display("12345", Citizenships.Kyrgyzstan));
        Assert.Null(ClientPhone.Display(null, Citizenships.Kyrgyzstan));
    }

    [Theory]
    [InlineData("0555 123 456", Citizenships.Kyrgyzstan, true)]
    [InlineData("0555 123 456", Citizenships.Other, false)]
    [InlineData("8 916 123-45-67", Citizenships.Armenia, true)]
    [InlineData("+7 916 123-45", Citizenships.Kyrgyzstan, false)]
    [InlineData("", Citizenships.Kyrgyzstan, true)]
    [InlineData("+7 916 356-9377", Citizenships.Kyrgyzstan, true)]
    [InlineData("+7 916 FLO-WERS", Citizenships.Kyrgyzstan, false)]
    public void ShouldValidateANumberPerCountry(string typed, string citizenship, bool valid) =>
        Assert.Equal(valid, ClientPhone.IsValid(typed, citizenship));

    [Theory]
    [InlineData("0555 123 456", true)]
    [InlineData("93 555 1234", true)]
    [InlineData("8 916 123-45-67", true)]
    [InlineData("+44 20 7946 0958", true)]
    [InlineData(null, true)]
    [InlineData("12345", false)]
    [InlineData("not a phone!!", false)]
    [InlineData("+7 916 FLO-WERS", false)]
    public void ShouldValidateANumberOfAnyOfTheProgrammesCountries_WhenNoCitizenshipIsKnown(string? typed, bool valid) =>
        Assert.Equal(valid, ClientPhone.IsValidInProgrammeCountries(typed));

    [Theory]
    [InlineData("8 (916) 123-45-67", "+79161234567", true)]
    [InlineData("0555 123 456", "+996555123456", true)]
    [InlineData("45-67", "4567", false)]
    public void ShouldSearchAWholeNumberExactlyAndDigitsAnywhere(string typed, string text, bool whole) =>
        Assert.Equal(new SearchedPhone(text, whole), ClientPhone.Searched(typed));

    [Fact]
    public void ShouldNotSearchWithoutADigit() => Assert.Null(ClientPhone.Searched("нет"));
}
