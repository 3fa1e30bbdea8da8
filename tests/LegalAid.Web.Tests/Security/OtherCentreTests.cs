using System.Net;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;

namespace LegalAid.Web.Tests.Security;

/// <summary>Ids of another centre's records, tried through pages, the API and downloads: nothing leaks.</summary>
public sealed class OtherCentreTests : WebTest
{
    [Fact]
    public async Task AnotherCentresRecords_AreNotFoundEverywhere()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);

        foreach (var url in new[] { $"/Clients/{clientId}", $"/Clients/{clientId}/edit", $"/Cases/{caseId}", $"/Cases/{caseId}/close", $"/Cases/Open?clientId={clientId}", $"/api/v1/clients/{clientId}", $"/api/v1/cases/{caseId}", $"/api/v1/cases/{caseId}/consultations" })
        {
            var response = await kazan.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain("Үсөнбаев", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var search = await (await kazan.GetAsync("/api/v1/clients?query=" + Uri.EscapeDataString("Үсөнбаев"))).ReadAsync();
        Assert.Equal(0, (int?)search["clients"]!["totalCount"]);
        Assert.Equal("MOW", (string?)search["otherCentres"]![0]!["centreCode"]);
        Assert.DoesNotContain("Нурлан", search.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorsAuditExport_HoldsOnlyTheirCentre()
    {
        await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient());
        using var coordinatorKzn = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        using var coordinatorMow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var kazanCsv = await coordinatorKzn.GetStringAsync("/Audit?handler=Export&entityType=Client");
        var moscowCsv = await coordinatorMow.GetByteArrayAsync("/Audit?handler=Export&entityType=Client");

        Assert.DoesNotContain("Үсөнбаев", kazanCsv, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], moscowCsv[..3]);
        Assert.Contains("Үсөнбаев", System.Text.Encoding.UTF8.GetString(moscowCsv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuditPage_ShowsACoordinatorTheirCentresActivity()
    {
        await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient());
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var page = await HtmlPage.GetAsync(coordinator, "/Audit?entityType=Client");

        Assert.Contains(LegalAidFactory.LawyerMow, page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }
}
