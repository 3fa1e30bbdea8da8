using System.Net;

namespace LegalAid.Web.Tests.Api;

/// <summary>The reference lists each role gets from <c>/api/v1/lookups</c>; donors get none, and no one else's staff.</summary>
public sealed class LookupsApiTests : WebTest
{
    [Fact]
    public async Task ALawyer_GetsTheirCentreAndItsStaffOnly()
    {
        var lookups = await (await Client.GetAsync("/api/v1/lookups")).ReadAsync();

        Assert.Equal(["MOW"], lookups["centres"]!.AsArray().Select(c => (string?)c!["code"]));
        Assert.Equal([LegalAidFactory.Moscow], lookups["lawyers"]!.AsArray().Select(l => (int)l!["centreId"]!).Distinct());
        Assert.NotEmpty(lookups["categories"]!.AsArray());
    }

    [Fact]
    public async Task ProgrammeStaff_GetEveryCentresStaffForTheLawyerFilterButNoPartners()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var lookups = await (await programme.GetAsync("/api/v1/lookups")).ReadAsync();

        Assert.Equal(["MOW", "KZN", "CHE"], lookups["centres"]!.AsArray().Select(c => (string?)c!["code"]));
        Assert.NotEmpty(lookups["categories"]!.AsArray());
        Assert.Equal([LegalAidFactory.Moscow, LegalAidFactory.Kazan], lookups["lawyers"]!.AsArray().Select(l => (int)l!["centreId"]!).Distinct().Order());
        Assert.Empty(lookups["partners"]!.AsArray());
    }

    [Fact]
    public async Task AnAdministrator_GetsEveryCentresStaffForTheStatisticsFilters()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var lookups = await (await admin.GetAsync("/api/v1/lookups")).ReadAsync();

        Assert.Equal([LegalAidFactory.Moscow, LegalAidFactory.Kazan], lookups["lawyers"]!.AsArray().Select(l => (int)l!["centreId"]!).Distinct().Order());
        Assert.Empty(lookups["partners"]!.AsArray());
    }

    [Fact]
    public async Task ADonor_IsRefusedAndLearnsNoStaffNames()
    {
        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);

        var response = await donor.GetAsync("/api/v1/lookups");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Тест", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
