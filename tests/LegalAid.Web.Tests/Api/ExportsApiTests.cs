using System.Net;
using System.Text;
using LegalAid.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

public sealed class ExportsApiTests : WebTest
{
    [Fact]
    public async Task ACoordinator_ExportsTheCentresClients_TheNamesExact_AndTheExportIsAuditedWithItsFilters()
    {
        await Client.RegisterClientAsync("Өмүрбекова");
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var file = await coordinator.GetAsync("/api/v1/exports/clients?format=Csv&from=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Өмүрбекова", Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var audited = await Factory.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported && e.EntityType == "Client"));
        Assert.StartsWith("registeredFrom=2026-01-01;", audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImpossiblePeriod_IsAProblemNamingTheField()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var response = await coordinator.GetAsync("/api/v1/exports/consultations?format=Xlsx&from=2026-03-01&to=2026-02-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.ReadAsync())["errors"]!.AsObject().Count > 0);
    }
}
