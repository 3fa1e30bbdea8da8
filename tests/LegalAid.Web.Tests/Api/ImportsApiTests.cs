using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

public sealed class ImportsApiTests : WebTest
{
    [Fact]
    public async Task ACoordinator_UploadsChecksMapsAndImports_ThroughTheApi_AndTheSameFileAgainCreatesNothing()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var id = await (await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet))).CreatedIdAsync();
        var check = await (await coordinator.PostAsync($"/api/v1/imports/{id}/check", null)).ReadAsync();
        var mapped = await (await coordinator.PostAsJsonAsync($"/api/v1/imports/{id}/mappings", new { mappings = new[] { new { kind = "Channel", text = "звонок", targetId = 2 } } })).ReadAsync();
        var imported = await (await coordinator.PostAsJsonAsync($"/api/v1/imports/{id}/run", new { skipRejected = false })).ReadAsync();
        var again = await (await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet))).CreatedIdAsync();
        var againChecked = await (await coordinator.PostAsync($"/api/v1/imports/{again}/check", null)).ReadAsync();

        Assert.Equal("звонок", (string?)check["unmapped"]![0]!["text"]);
        Assert.Equal((0, 1), ((int)mapped["unmapped"]!.AsArray().Count, (int)mapped["accepted"]!));
        Assert.Equal((true, 1, 1), ((bool)imported["imported"]!, (int)imported["newClients"]!, (int)imported["consultations"]!));
        Assert.Equal((1, 0), ((int)againChecked["alreadyImported"]!, (int)againChecked["accepted"]!));
        Assert.Equal("Үсөнбаев", await Factory.InDatabaseAsync(db => db.Clients.Select(c => c.Name.FamilyName).SingleAsync()));
        Assert.Equal("Imported", (string?)(await (await coordinator.GetAsync($"/api/v1/imports/{id}")).ReadAsync())["status"]);
    }

    [Fact]
    public async Task AnImportWithRejectedRows_IsRefusedByField_UnlessSkipped_AndGivingUpDeletesTheFile()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var id = await (await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet.Replace("10.03.2026", "31.02.2026", StringComparison.Ordinal)))).CreatedIdAsync();
        await coordinator.PostAsync($"/api/v1/imports/{id}/check", null);

        var refused = await coordinator.PostAsJsonAsync($"/api/v1/imports/{id}/run", new { skipRejected = false });
        var discarded = await coordinator.DeleteAsync($"/api/v1/imports/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.ReadAsync())["errors"]!.AsObject().Count > 0);
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.False((bool)(await (await coordinator.GetAsync($"/api/v1/imports/{id}")).ReadAsync())["hasFile"]!);
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task AnImportsProblems_CarryTheirMessage_InTheCallersLanguage_ButAreKeptWithoutIt()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var id = await (await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet.Replace("10.03.2026", "31.02.2026", StringComparison.Ordinal)))).CreatedIdAsync();
        using var check = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/imports/{id}/check");
        check.Headers.AcceptLanguage.ParseAdd("en");

        var problems = (await (await coordinator.SendAsync(check)).ReadAsync())["problems"]!.AsArray();
        var russian = (await (await coordinator.PostAsync($"/api/v1/imports/{id}/check", null)).ReadAsync())["problems"]!.AsArray();
        var kept = await Factory.InDatabaseAsync(db => db.DataImports.Where(i => i.Id == id).Select(i => i.Report).SingleAsync());

        var english = problems.Select(problem => (string)problem!["message"]!).ToList();
        Assert.Contains(english, message => message.Contains("31.02.2026", StringComparison.Ordinal));
        Assert.Equal(english.Count, russian.Count);
        Assert.All(english.Zip(russian.Select(problem => (string)problem!["message"]!)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.DoesNotContain("\"Message\"", kept, StringComparison.Ordinal);
    }
}
