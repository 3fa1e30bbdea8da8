using System.Net;

namespace LegalAid.Web.Tests.Api;

public sealed class PlatformEndpointsTests : WebTest
{
    [Fact]
    public async Task Health_ChecksTheDatabaseWithoutSigningIn()
    {
        using var anonymous = Factory.CreateClient();

        var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryApiEndpoint()
    {
        var document = await (await Client.GetAsync("/openapi/v1.json")).ReadAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/v1/clients", paths);
        Assert.Contains("/api/v1/clients/{id}", paths);
        Assert.Contains("/api/v1/cases", paths);
        Assert.Contains("/api/v1/cases/{id}", paths);
        Assert.Contains("/api/v1/cases/{id}/close", paths);
        Assert.Contains("/api/v1/cases/{id}/reopen", paths);
        Assert.Contains("/api/v1/cases/{caseId}/consultations", paths);
        Assert.Contains("/api/v1/lookups", paths);
    }
}
