using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Tests.Clients;

public sealed class FindClientsTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = "Раҳимова",
            GivenName = "Шаҳло",
            Patronymic = null,
            LatinName = "Rahimova Shahlo",
            Sex = Sex.Female,
            Citizenship = Citizenships.Tajikistan,
            DateOfBirth = null,
            BirthYear = 1995,
            Phone = "+7 903 555-00-11",
        });
        await App.SendAsync(Requests.RegisterClient() with { GivenName = "Айбек", LatinName = "Usonbaev Aibek", DateOfBirth = new DateOnly(1988, 1, 2), Phone = null });
    }

    [Theory]
    [InlineData("үсөн", 2)]
    [InlineData("ҮСӨНБАЕВ нурлан", 1)]
    [InlineData("usonbaev", 2)]
    [InlineData("RAHIMOVA", 1)]
    [InlineData("шаҳло", 1)]
    [InlineData("Петров", 0)]
    [InlineData("Usenbaev", 2)]
    [InlineData("Усенбаев Нурлан", 1)]
    [InlineData("Rakhimova", 1)]
    [InlineData("Шахло", 1)]
    public async Task ShouldFindByAnyPartOfTheNameInEitherScript(string query, int expected)
    {
        var found = await App.SendAsync(new FindClients(Query: query));

        Assert.Equal(expected, found.Clients.TotalCount);
    }

    [Fact]
    public async Task ShouldOnlyCountAnotherCentresMatches()
    {
        App.ActAsLawyerOf(TestApp.Kazan);

        var found = await App.SendAsync(new FindClients(Query: "usenbaev"));

        Assert.Equal(0, found.Clients.TotalCount);
        Assert.Equal([new CentreMatchCount("MOW", 2)], found.OtherCentres);
    }

    [Fact]
    public async Task ShouldFindByPhoneWhateverItsFormatting()
    {
        var found = await App.SendAsync(new FindClients(Phone: "(903) 555 00 11"));

        Assert.Equal("Раҳимова", Assert.Single(found.Clients.Items).FamilyName);
    }

    [Fact]
    public async Task ShouldFindByDateOfBirthIncludingClientsWithOnlyTheYear()
    {
        var exact = await App.SendAsync(new FindClients(DateOfBirth: new DateOnly(1988, 1, 2)));
        var yearOnly = await App.SendAsync(new FindClients(DateOfBirth: new DateOnly(1995, 7, 1)));

        Assert.Equal("Айбек", Assert.Single(exact.Clients.Items).GivenName);
        Assert.Equal("Шаҳло", Assert.Single(yearOnly.Clients.Items).GivenName);
    }

    [Fact]
    public async Task ShouldPageSortedByName()
    {
        var first = await App.SendAsync(new FindClients(PageSize: 2));
        var second = await App.SendAsync(new FindClients(PageNumber: 2, PageSize: 2));

        Assert.Equal(3, first.Clients.TotalCount);
        Assert.Equal(2, first.Clients.TotalPages);
        Assert.Equal(["Раҳимова", "Үсөнбаев"], first.Clients.Items.Select(c => c.FamilyName));
        Assert.Equal(["Үсөнбаев"], second.Clients.Items.Select(c => c.FamilyName));
        Assert.Equal("Айбек", first.Clients.Items[1].GivenName);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public async Task ShouldRefuseImpossiblePaging(int page, int size) =>
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new FindClients(PageNumber: page, PageSize: size)));
}
