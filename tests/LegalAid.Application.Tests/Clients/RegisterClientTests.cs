using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Clients;

public sealed class RegisterClientTests : ApplicationTest
{
    [Fact]
    public async Task ShouldStoreTheClientWithTheNameExactly()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.Equal("Үсөнбаев", client.Name.FamilyName);
        Assert.Equal("Нурлан", client.Name.GivenName);
        Assert.Equal("Өмүрбекович", client.Name.Patronymic);
        Assert.Equal("Usonbaev Nurlan", client.Name.LatinName);
        Assert.Equal("+79161234567", client.Phone);
        Assert.Equal(ConsentScope.LegalAid | ConsentScope.Contact, client.Consent.Scope);
        Assert.Equal(TestApp.Moscow, client.RegisteringCentreId);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, client.RegisteredAtUtc);
    }

    [Fact]
    public async Task ShouldKeepOnlyTheYearOfBirthWhenThatIsAllThatIsKnown()
    {
        var id = await App.SendAsync(Requests.RegisterClient() with { DateOfBirth = null, BirthYear = 1987 });

        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.Equal(1987, client.BirthYear);
        Assert.Null(client.BirthDate);
    }

    [Fact]
    public async Task ShouldRequireTheMinimumFields()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RegisterClient()));

        Assert.Contains("FamilyName", error.Errors.Keys);
        Assert.Contains("GivenName", error.Errors.Keys);
        Assert.Contains("Sex", error.Errors.Keys);
        Assert.Equal(["Выберите гражданство из списка."], error.Errors["Citizenship"]);
        Assert.Equal(["Выберите язык из списка."], error.Errors["PreferredLanguage"]);
        Assert.Contains("ConsentGivenOn", error.Errors.Keys);
        Assert.Contains("ConsentScopes", error.Errors.Keys);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ATooLongName_IsRefusedNamingItsFieldAndTheLimit()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { FamilyName = new string('ө', 101), Patronymic = new string('ү', 101) }));

        Assert.Equal(["Не более 100 символов в поле «Фамилия»."], error.Errors["FamilyName"]);
        Assert.Equal(["Не более 100 символов в поле «Отчество»."], error.Errors["Patronymic"]);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData(1991, "Год рождения не совпадает с датой рождения.")]
    [InlineData(1850, "Укажите год с 1900 по 2026.")]
    public async Task AYearOfBirthBesideADate_IsRefusedForOneReason_ItsRangeFirst(int year, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { DateOfBirth = new DateOnly(1990, 5, 17), BirthYear = year }));

        Assert.Equal([message], error.Errors["BirthYear"]);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t\u00A0")]
    public async Task ShouldRefuseWhitespaceNames(string blank)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { FamilyName = blank, GivenName = blank }));

        Assert.Equal(["FamilyName", "GivenName"], error.Errors.Keys.Order());
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("İbrahimov İlham", null)]
    [InlineData("Əliyev Şahin", null)]
    [InlineData("O'rinboyev Gʻayrat", null)]
    [InlineData("Đorđević Nikola", null)]
    [InlineData("Ибрагимов Ilham", "Только латинские буквы, пробел, дефис и апостроф.")]
    [InlineData("Ibrahimov 2", "Только латинские буквы, пробел, дефис и апостроф.")]
    public async Task TheLatinName_TakesLatinLettersWithTheirMarks_AsPassportsPrintThem(string latinName, string? refusal)
    {
        var register = () => App.SendAsync(Requests.RegisterClient() with { LatinName = latinName });

        if (refusal is null)
        {
            var id = await register();
            Assert.Equal(latinName, (await App.InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Id == id))).Name.LatinName);
        }
        else
        {
            Assert.Equal([refusal], (await Assert.ThrowsAsync<InvalidRequestException>(register)).Errors["LatinName"]);
        }
    }

    [Fact]
    public async Task ShouldRefuseTenThousandCharacterFields()
    {
        var huge = new string('ө', 10_000);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { FamilyName = huge, RegionOfOrigin = huge, MessengerContact = huge }));

        Assert.Equal(["FamilyName", "MessengerContact", "RegionOfOrigin"], error.Errors.Keys.Order());
        Assert.Contains("100", error.Errors["FamilyName"][0], StringComparison.Ordinal);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ShouldRefuseControlCharacters()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { GivenName = "Нур\u0000лан", Patronymic = "Өмүр\u001Bбекович" }));

        Assert.Equal(["GivenName", "Patronymic"], error.Errors.Keys.Order());
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ShouldRefuseNamesWithoutALetter_ButTakeAnyScriptsLetters()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { FamilyName = "😀", GivenName = "123", Patronymic = "---" }));

        Assert.Equal(["FamilyName", "GivenName", "Patronymic"], error.Errors.Keys.Order());
        Assert.All(error.Errors.Values, messages => Assert.Equal([Messages.NameWithoutLetters], messages));
        await AssertNothingSavedAsync();
        await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Ә-Өң", GivenName = "O'g'il", Patronymic = null });
    }

    [Fact]
    public async Task ShouldRefuseFutureDates()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { DateOfBirth = App.Today.AddDays(1) }));

        Assert.Equal("DateOfBirth", Assert.Single(error.Errors.Keys));
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ShouldRefuseAConsentDatedInTheFuture()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { ConsentGivenOn = App.Today.AddDays(2) }));

        Assert.Equal("ConsentGivenOn", Assert.Single(error.Errors.Keys));
    }

    [Theory]
    [InlineData(TestApp.Kazan)]
    [InlineData(99)]
    public async Task ShouldRefuseAnyCentreButTheLawyersOwn(int centreId)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { RegisteringCentreId = centreId }));

        Assert.Equal("RegisteringCentreId", Assert.Single(error.Errors.Keys));
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("Үсөнбаев")]
    [InlineData("Usonbaev N1")]
    public async Task ShouldRefuseALatinNameWithOtherLetters(string latinName)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { LatinName = latinName }));

        Assert.Equal("LatinName", Assert.Single(error.Errors.Keys));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+7 916 abc")]
    [InlineData("+7 916 123-45")]
    [InlineData("+996 555 12 34")]
    [InlineData("0555 123 45")]
    public async Task ShouldRefuseAPhoneThatIsNotANumber(string phone)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.RegisterClient() with { Phone = phone }));

        Assert.Equal("Phone", Assert.Single(error.Errors.Keys));
    }

    [Theory]
    [InlineData(Citizenships.Kyrgyzstan, "0555 123 456", "+996555123456")]
    [InlineData(Citizenships.Kyrgyzstan, "8 916 123-45-67", "+79161234567")]
    [InlineData(Citizenships.Tajikistan, "93 555 1234", "+992935551234")]
    [InlineData(Citizenships.Other, "(916) 123 45 67", "+79161234567")]
    [InlineData(Citizenships.Uzbekistan, "+996 555 123 456", "+996555123456")]
    public async Task ShouldStoreThePhoneInE164ReadingItAsTheCitizenshipsOrRussias(string citizenship, string typed, string stored)
    {
        var id = await App.SendAsync(Requests.RegisterClient() with { Citizenship = citizenship, Phone = typed });

        Assert.Equal(stored, await App.InDatabaseAsync(db => db.Clients.Where(c => c.Id == id).Select(c => c.Phone).SingleAsync()));
    }

    [Fact]
    public async Task ShouldRefuseAConsentWithoutLegalAid()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.RegisterClient() with { ConsentScopes = [ConsentScope.Contact] }));

        Assert.Equal("ConsentScopes", Assert.Single(error.Errors.Keys));
    }

    private async Task AssertNothingSavedAsync() =>
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
}
