using System.Net;
using System.Net.Http.Json;

namespace LegalAid.Web.Tests.Api;

/// <summary>A transfer over the API: Moscow proposes, Kazan accepts; the case moves with its number, Moscow then gets 404.</summary>
public sealed class TransfersApiTests : WebTest
{
    [Fact]
    public async Task MoscowProposes_KazanAccepts_AndTheCaseChangesCentre()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        using var kazanLawyer = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);

        var transferId = await moscow.ProposeToKazanAsync(clientId, caseId);
        var before = await (await kazan.GetAsync($"/api/v1/transfers/{transferId}")).ReadAsync();
        Assert.Null(before["clientName"]);
        Assert.Equal(HttpStatusCode.NotFound, (await kazanLawyer.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);

        var accepted = await Factory.AcceptInKazanAsync(kazan, transferId, (int)before["version"]!);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kazanLawyer.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        var stale = await kazan.PostAsJsonAsync($"/api/v1/transfers/{transferId}/decline", new { version = 0, reason = "Поздно." });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }
}
