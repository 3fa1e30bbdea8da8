using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Security;

/// <summary>A change sent to the API with the session cookie from another site is refused; from the app's own pages, or with a token, it goes through.</summary>
public sealed class CrossSiteApiTests : WebTest
{
    [Theory]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task AChangeWithTheCookieFromAnotherSite_IsRefused_AndSavesNothing(string header, string value)
    {
        var clients = await Factory.InDatabaseAsync(db => db.Clients.CountAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = JsonContent.Create(ApiJson.NewClient()) };
        request.Headers.Add(header, value);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("Изменения через API с другого сайта не принимаются", (string?)(await response.ReadAsync())["title"], StringComparison.Ordinal);
        Assert.Equal(clients, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task AFormPostedFromAnotherSiteAskingForHtml_IsRefusedWithProblemDetailsToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = new FormUrlEncodedContent([new("familyName", "Асанов")]) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ADocumentUploadedWithTheCookieFromAnotherSite_IsRefused_AndNotKept()
    {
        var caseId = await Browser.SampleRecords.OpenCaseAsync(Client, ApiJson.NewClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/documents") { Content = ApiJson.PdfUpload("скан.pdf") };
        request.Headers.Add("Sec-Fetch-Site", "same-site");

        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(request)).StatusCode);
        Assert.False(await Factory.InDatabaseAsync(db => db.CaseDocuments.AnyAsync()));
    }

    [Fact]
    public async Task AnUploadWithTheCookieFromAnotherSite_IsRefusedBeforeItsBodyIsSent()
    {
        // On Kestrel, which asks for the body (100 Continue) only once the app reads it; a refusal after reading
        // would have been 413 for this upload over the documents' limit.
        await using var node = new LegalAidFactory();
        node.StartOnLoopback();
        await node.SeedAccountsAsync();
        using var lawyer = await node.SignInAsync(LegalAidFactory.LawyerMow);
        var caseId = await Browser.SampleRecords.OpenCaseAsync(lawyer, ApiJson.NewClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/documents") { Content = ApiJson.PdfUpload("скан.pdf", megabytes: 12) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.ExpectContinue = true;

        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    public async Task AChangeWithTheCookieFromTheAppsOwnPages_GoesThrough(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = JsonContent.Create(ApiJson.NewClient()) };
        request.Headers.Add(header, value);

        Assert.Equal(HttpStatusCode.Created, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task AChangeWithAToken_GoesThroughFromAnySite_AndAReadWithTheCookieToo()
    {
        using var tool = Factory.CreateClient();
        tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokenTests.IssueTokenAsync(Client, "Сводная таблица"));
        tool.DefaultRequestHeaders.Add("Origin", "https://sheets.example");
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        read.Headers.Add("Sec-Fetch-Site", "cross-site");

        Assert.Equal(HttpStatusCode.Created, (await tool.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(read)).StatusCode);
    }
}
