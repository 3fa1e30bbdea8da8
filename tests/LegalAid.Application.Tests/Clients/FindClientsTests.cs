using LegalAid.Application.Clients.Common;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Resources;
using LegalAid.Application.Tests.Common.Persistence;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Whole names typed in the other script, in any order, with the Kyrgyz "son/daughter of" in any spelling.</summary>
    [Theory]
    [InlineData("Rahmonov Aziz", "Рахмонов Азиз")]
    [InlineData("Aziz Rahmonov", "Рахмонов Азиз")]
    [InlineData("RAKHMONOV aziz", "Рахмонов Азиз")]
    [InlineData("Rahm Az", "Рахмонов Азиз")]
    [InlineData("Юлдашев Азиз", "Yuldashev Aziz")]
    [InlineData("Азиз Юлдашев", "Yuldashev Aziz")]
    [InlineData("Iuldashev Aziz", "Yuldashev Aziz")]
    [InlineData("Gor", "Саркисян Гор")]
    [InlineData("Sarkisian Gor", "Саркисян Гор")]
    [InlineData("Гор Саркисян", "Саркисян Гор")]
    [InlineData("Nurlan Asanbek uulu", "Асанбек уулу Нурлан")]
    [InlineData("Asanbek uly Nurlan", "Асанбек уулу Нурлан")]
    [InlineData("нурлан асанбек", "Асанбек уулу Нурлан")]
    [InlineData("Aigul Zhumabek kyzy", "Жумабек кызы Айгүл")]
    [InlineData("Zhumabek kizi", "Жумабек кызы Айгүл")]
    [InlineData("Jumabek qizi Aygul", "Жумабек кызы Айгүл")]
    [InlineData("Zhengishbek Toktogulov", "Токтогулов Жеңишбек")]
    [InlineData("Женишбек Токтогулов", "Токтогулов Жеңишбек")]
    [InlineData("O'tkir Ўроқов", "Ўроқов Ўткир")]
    [InlineData("Urokov Utkir", "Ўроқов Ўткир")]
    [InlineData("O'r O't", "Ўроқов Ўткир")]
    [InlineData("Tok Zhe", "Токтогулов Жеңишбек")]
    [InlineData("Toktogulov Zh", "Токтогулов Жеңишбек")]
    [InlineData("Askhat Tash", "Ташиев Асхат")]
    [InlineData("Tas Ask", "Ташиев Асхат")]
    [InlineData("Ibrahimov Ilkin", "İbrahimov İlkin")]
    [InlineData("ilk ibrah", "İbrahimov İlkin")]
    public async Task ShouldFindAWholeNameTypedInTheOtherScript(string query, string expected)
    {
        await RegisterAsync("Рахмонов", "Азиз", Citizenships.Tajikistan);
        await RegisterAsync("Yuldashev", "Aziz", Citizenships.Uzbekistan);
        await RegisterAsync("Саркисян", "Гор", Citizenships.Armenia);
        await RegisterAsync("Асанбек уулу", "Нурлан", Citizenships.Kyrgyzstan);
        await RegisterAsync("Жумабек кызы", "Айгүл", Citizenships.Kyrgyzstan);
        await RegisterAsync("Токтогулов", "Жеңишбек", Citizenships.Kyrgyzstan);
        await RegisterAsync("Ўроқов", "Ўткир", Citizenships.Uzbekistan);
        await RegisterAsync("Ташиев", "Асхат", Citizenships.Kazakhstan);
        await RegisterAsync("İbrahimov", "İlkin", Citizenships.Azerbaijan);

        var found = await App.SendAsync(new FindClients(Query: query));

        Assert.Equal(expected, $"{Assert.Single(found.Clients.Items).FamilyName} {found.Clients.Items[0].GivenName}");
    }

    [Theory]
    [InlineData("Rahmonov Gor")]
    [InlineData("Aziz Yuldashev Rahmonov")]
    [InlineData("Азизов")]
    public async Task ShouldRequireEveryWordTyped(string query)
    {
        await RegisterAsync("Рахмонов", "Азиз", Citizenships.Tajikistan);
        await RegisterAsync("Yuldashev", "Aziz", Citizenships.Uzbekistan);
        await RegisterAsync("Саркисян", "Гор", Citizenships.Armenia);

        var found = await App.SendAsync(new FindClients(Query: query));

        Assert.Equal(0, found.Clients.TotalCount);
    }

    [Fact]
    public async Task ShouldFindEveryClientOfAShortGivenNameAmongMany()
    {
        string[] families = ["Каримов", "Юсупов", "Турсунов", "Абдуллаев", "Раҳматов", "Ҳамидов", "Эргашев", "Мирзаев", "Аҳмедов", "Усмонов", "Холматов", "Тошматов", "Султонов"];
        foreach (var family in families)
        {
            await RegisterAsync(family, "Азиз", Citizenships.Uzbekistan);
            await RegisterAsync(family, "Азамат", Citizenships.Kyrgyzstan);
        }

        await RegisterAsync("Абдулазизов", "Бекзод", Citizenships.Uzbekistan);

        var latin = await App.SendAsync(new FindClients(Query: "Aziz", PageSize: 100));
        var cyrillic = await App.SendAsync(new FindClients(Query: "азиз", PageSize: 100));

        Assert.Equal(families.Order(), latin.Clients.Items.Select(c => c.FamilyName).Order());
        Assert.All(latin.Clients.Items, c => Assert.Equal("Азиз", c.GivenName));
        Assert.Equal(13, cyrillic.Clients.TotalCount);
    }

    [Fact]
    public async Task ShouldListCyrillicNamesByTheRussianAlphabetThenLatinOnes()
    {
        foreach (var family in new[] { "Zaripov", "Ўроқов", "Abdullaev", "Яковлев", "Ғуломов", "Гасанов", "Қосимов", "Кузнецов", "Урманов", "Азизов", "Ёқубов", "Елисеев" })
        {
            await RegisterAsync(family, "Тест", Citizenships.Uzbekistan);
        }

        var found = await App.SendAsync(new FindClients(PageSize: 100));

        Assert.Equal(
            ["Азизов", "Гасанов", "Ғуломов", "Ёқубов", "Елисеев", "Кузнецов", "Қосимов", "Раҳимова", "Урманов", "Ўроқов", "Үсөнбаев", "Үсөнбаев", "Яковлев", "Abdullaev", "Zaripov"],
            found.Clients.Items.Select(c => c.FamilyName));
    }

    [Theory]
    [InlineData("8 903 555-00-11")]
    [InlineData("+7 903 555 00 11")]
    [InlineData("555-00-11")]
    public async Task ShouldFindByTheWholeNumberAsDialledOrByDigits(string phone)
    {
        var found = await App.SendAsync(new FindClients(Phone: phone));

        Assert.Equal("Раҳимова", Assert.Single(found.Clients.Items).FamilyName);
        Assert.Equal("+7 903 555-00-11", found.Clients.Items[0].PhoneDisplay);
    }

    [Fact]
    public async Task ShouldOnlyCountAnotherCentresMatches()
    {
        App.ActAsLawyerOf(TestApp.Kazan);

        var found = await App.SendAsync(new FindClients(Query: "usenbaev"));

        Assert.Equal(0, found.Clients.TotalCount);
        Assert.Equal([("MOW", "Центр поддержки мигрантов — Москва", 2)], found.OtherCentres.Select(c => (c.CentreCode, c.Centre.Ru, c.Count)));
    }

    [Fact]
    public async Task ShouldFindByPhoneWhateverItsFormatting()
    {
        var found = await App.SendAsync(new FindClients(Phone: "(903) 555 00 11"));

        Assert.Equal("Раҳимова", Assert.Single(found.Clients.Items).FamilyName);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("+ ( ) -")]
    public async Task ShouldRefuseAPhoneWithoutDigits_RatherThanListEveryClient(string phone)
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new FindClients(Phone: phone)));

        Assert.Equal([Messages.PhoneSearchWithoutDigits], refused.Errors[nameof(FindClients.Phone)]);
    }

    [Theory]
    [InlineData("+7 903 555-00-11")]
    [InlineData("123")]
    [InlineData("%")]
    [InlineData("-")]
    public async Task ShouldRefuseANameWithoutLetters_RatherThanListEveryClientAndCountOtherCentres(string query)
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new FindClients(query)));

        Assert.Equal([Messages.NameSearchWithoutLetters], refused.Errors[nameof(FindClients.Query)]);
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

    /// <summary>
    /// The list's first page reads the order's index (a migration written by hand: EF Core cannot model it), instead of
    /// sorting every client of the register through the collation; a later migration that rebuilt the table without it fails here.
    /// </summary>
    [Fact]
    public async Task TheListWithoutAQuery_ReadsItsOrderFromAnIndex_WithoutSortingTheRegister()
    {
        var plan = await App.InDatabaseAsync(db => QueryPlans.OfAsync(db, db.Clients.Where(c => c.AnonymisedOn == null).InListOrder().Take(20)));

        Assert.Contains("SCAN c USING INDEX IX_Clients_ListOrder", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    /// <summary>The other centres' matches of a phone's digits are counted from an index of each centre's clients, without reading their rows.</summary>
    [Fact]
    public async Task AnotherCentresPhoneMatches_AreReadFromAnIndex_NotFromTheClientsRows()
    {
        var plan = await App.InDatabaseAsync(db => QueryPlans.OfAsync(db, db.Clients.IgnoreQueryFilters().Where(c => c.AnonymisedOn == null && c.CentreId == TestApp.Kazan && c.Phone!.Contains("5550011"))));

        Assert.Contains("SEARCH c USING COVERING INDEX IX_Clients_CentreId_AnonymisedOn_Id_Phone (CentreId=? AND AnonymisedOn=?)", plan);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(21474838, 100)]
    [InlineData(100_001, 1)]
    public async Task ShouldRefuseImpossiblePaging(int page, int size) =>
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new FindClients(PageNumber: page, PageSize: size)));

    private Task<int> RegisterAsync(string familyName, string givenName, string citizenship) =>
        App.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = familyName,
            GivenName = givenName,
            Patronymic = null,
            LatinName = null,
            Citizenship = citizenship,
            Phone = null,
            NotADuplicate = true,
        });
}
