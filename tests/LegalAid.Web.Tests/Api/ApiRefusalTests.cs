using System.Net;
using System.Net.Http.Json;

namespace LegalAid.Web.Tests.Api;

/// <summary>A refusal by role says, as the refusal page does, which roles the action is open to and the caller's own.</summary>
public sealed class ApiRefusalTests : WebTest
{
    [Fact]
    public async Task ARequestOnlyACoordinatorMaySend_IsRefusedALawyer_NamingBothRoles()
    {
        var clientId = await Client.RegisterClientAsync();

        var response = await Client.PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = 2 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Это доступно ролям: Координатор. Ваша роль: Юрист.", (string?)(await response.ReadAsync())["detail"]);
    }

    [Fact]
    public async Task AnEndpointOfCaseWorkers_IsRefusedADonor_NamingTheRolesItIsOpenTo()
    {
        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/lookups");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await donor.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var detail = (string?)(await response.ReadAsync())["detail"];
        Assert.StartsWith("This is open to: ", detail, StringComparison.Ordinal);
        Assert.EndsWith("Your role: Donor.", detail, StringComparison.Ordinal);
    }
}
