using LegalAid.Application.Clients.Common;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Clients.Common;

public sealed class PossibleDuplicatesTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await App.SendAsync(Requests.RegisterClient());
    }

    [Theory]
    [InlineData("Usenbaev", "Nurlan")]
    [InlineData("Усенбаев", "Нурлан")]
    [InlineData("Nurlan", "Usonbaev")]
    public async Task AnotherSpellingOfTheSamePerson_IsStoppedWithTheMatch(string familyName, string givenName)
    {
        var error = await Assert.ThrowsAsync<PossibleDuplicateException>(() => App.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = familyName,
            GivenName = givenName,
            Patronymic = null,
            LatinName = null,
            Phone = null,
            DateOfBirth = null,
        }));

        var match = Assert.Single(error.Duplicates.AtMyCentre);
        Assert.Equal("Үсөнбаев", match.FamilyName);
        Assert.Empty(error.Duplicates.AtOtherCentres);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task TheSamePhone_IsAMatchWhateverTheName()
    {
        var error = await Assert.ThrowsAsync<PossibleDuplicateException>(() =>
            App.SendAsync(Requests.RegisterClient() with { FamilyName = "Асанов", GivenName = "Бакыт", Phone = "+7 (916) 123 45 67" }));

        Assert.Single(error.Duplicates.AtMyCentre);
    }

    [Fact]
    public async Task AnotherCentre_SeesOnlyThatAMatchExistsThere()
    {
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        var error = await Assert.ThrowsAsync<PossibleDuplicateException>(() => App.SendAsync(Requests.RegisterClient() with { FamilyName = "Usonbaev" }));

        Assert.Empty(error.Duplicates.AtMyCentre);
        Assert.Equal([("MOW", "Центр поддержки мигрантов — Москва", 1)], error.Duplicates.AtOtherCentres.Select(c => (c.CentreCode, c.Centre.Ru, c.Count)));
    }

    [Fact]
    public async Task ConfirmingADifferentPerson_Registers()
    {
        var id = await App.SendAsync(Requests.RegisterClient() with { GivenName = "Нурлан", NotADuplicate = true });

        Assert.True(id > 0);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task ADifferentPerson_IsNotStopped()
    {
        var id = await App.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = "Раҳимова",
            GivenName = "Шаҳло",
            Sex = Sex.Female,
            Phone = "+7 903 555 00 11",
        });

        Assert.True(id > 0);
    }
}
