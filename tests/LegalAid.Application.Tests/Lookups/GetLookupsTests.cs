using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Administration.UpdateCentre;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Lookups;

/// <summary>Each role gets the reference lists its pages use, and no more.</summary>
public sealed class GetLookupsTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
        await App.SendAsync(new SavePartner { Name = "Кризисный центр «Сестры»", NameKy = "Кризисный центр «Сестры»", NameEn = "Partner" });
    }

    [Theory]
    [InlineData(Roles.Lawyer)]
    [InlineData(Roles.Coordinator)]
    public async Task CaseWorkers_GetTheirOwnCentreItsStaffAndThePartners(string role)
    {
        App.ActAs(role, TestApp.Kazan);

        var lookups = await App.SendAsync(new GetLookups());

        Assert.Equal([TestApp.Kazan], lookups.Centres.Select(c => c.Id));
        Assert.Equal(["Юрист центра 2"], lookups.Lawyers.Select(l => l.FullName));
        Assert.NotEmpty(lookups.Categories);
        Assert.Equal(["Кризисный центр «Сестры»"], lookups.Partners.Select(p => p.Name.Ru));
    }

    [Fact]
    public async Task ProgrammeStaff_GetCentresCategoriesAndStaffButNoPartners()
    {
        App.ActAs(Roles.ProgrammeStaff, centre: null);

        var lookups = await App.SendAsync(new GetLookups());

        Assert.Equal([TestApp.Moscow, TestApp.Kazan, TestApp.Chelyabinsk], lookups.Centres.Select(c => c.Id));
        Assert.NotEmpty(lookups.Categories);
        Assert.Equal(["Юрист центра 1", "Юрист центра 2", "Юрист центра 3"], lookups.Lawyers.Select(l => l.FullName));
        Assert.Empty(lookups.Partners);
    }

    [Fact]
    public async Task Administrators_GetEveryCentresStaffForTheStatisticsFilters()
    {
        var lookups = await App.SendAsync(new GetLookups());

        Assert.Equal(3, lookups.Centres.Count);
        Assert.Equal(["Юрист центра 1", "Юрист центра 2", "Юрист центра 3"], lookups.Lawyers.Select(l => l.FullName));
        Assert.Empty(lookups.Partners);
    }

    [Theory]
    [InlineData(Roles.Lawyer, TestApp.Chelyabinsk, 16)]
    [InlineData(Roles.Lawyer, TestApp.Moscow, 15)]
    [InlineData(Roles.ProgrammeStaff, null, 15)]
    public async Task Today_IsTheDateAtTheUsersCentre_OrTheFirstCentreForAccountsOfEveryCentre(string role, int? centre, int day)
    {
        // 01:30 in Chelyabinsk, 23:30 the day before in Moscow.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 30, 0, TimeSpan.Zero));
        App.ActAs(role, centre);

        var lookups = await App.SendAsync(new GetLookups());

        Assert.Equal(new DateOnly(2026, 3, day), lookups.Today);
    }

    [Fact]
    public async Task EveryChangeOfTheReferenceData_ShowsAtTheNextRequest()
    {
        App.ActAs(Roles.Lawyer, TestApp.Kazan);
        await App.SendAsync(new GetLookups());

        App.ActAs(Roles.Administrator, centre: null);
        await App.SendAsync(new SavePartner { Name = "Правозащитный центр «Өмүр»", NameKy = "«Өмүр» укук коргоо борбору", NameEn = "Omur" });
        await App.SendAsync(new SaveCategory { Code = "tenancy-disputes", NameRu = "Споры с арендодателем", NameKy = "Батир ээси менен талаштар", NameEn = "Disputes with landlords", SortOrder = 99 });
        await App.SendAsync(new UpdateCentre { Id = TestApp.Kazan, Name = "Казанский центр", NameKy = "Казань борбору", NameEn = "Kazan centre", Address = "Казань" });
        await App.SendAsync(new CreateAccount { Email = "new.lawyer@centre.org", DisplayName = "Айгүл Төлөнова", Role = Roles.Lawyer, CentreId = TestApp.Kazan });
        App.ActAs(Roles.Lawyer, TestApp.Kazan);
        var lookups = await App.SendAsync(new GetLookups());

        Assert.Contains("Правозащитный центр «Өмүр»", lookups.Partners.Select(p => p.Name.Ru));
        Assert.Contains("Споры с арендодателем", lookups.Categories.Select(c => c.Name.Ru));
        Assert.Equal("Казанский центр", lookups.Centres.Single().Name.Ru);
        Assert.Equal(["Айгүл Төлөнова", "Юрист центра 2"], lookups.Lawyers.Select(l => l.FullName));
    }

    [Fact]
    public async Task TheListsAreReadAgainOnlyWhenTheStoreHasChangedThem()
    {
        App.ActAs(Roles.Lawyer, TestApp.Kazan);
        await App.SendAsync(new GetLookups());
        await App.InDatabaseAsync(db => db.PartnerOrganisations.ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Изменено мимо хранилища")));

        var unchanged = await App.SendAsync(new GetLookups());
        await App.InDatabaseAsync(async db =>
        {
            (await db.ProblemCategories.FirstAsync(c => c.IsActive)).SetActive(false);
            return await db.SaveChangesAsync();
        });
        var reread = await App.SendAsync(new GetLookups());

        Assert.Equal(["Кризисный центр «Сестры»"], unchanged.Partners.Select(p => p.Name.Ru));
        Assert.Equal(["Изменено мимо хранилища"], reread.Partners.Select(p => p.Name.Ru));
        Assert.Equal(unchanged.Categories.Count - 1, reread.Categories.Count);
    }

    [Fact]
    public async Task Donors_AreRefused()
    {
        App.ActAs(Roles.Donor, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new GetLookups()));
    }
}
