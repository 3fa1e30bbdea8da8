using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;

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
    public async Task Donors_AreRefused()
    {
        App.ActAs(Roles.Donor, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new GetLookups()));
    }
}
