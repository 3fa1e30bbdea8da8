using System.Net;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Deployment;

public sealed class HealthProbeTests
{
    [Fact]
    public async Task Ready_IsUnhealthyWhileAMigrationIsMissing_LiveStaysHealthy()
    {
        await using var factory = new LegalAidFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await factory.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Live_DoesNotTouchTheDatabase()
    {
        await using var factory = new LegalAidFactory(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = "Data Source=/nonexistent/folder/legalaid.db;Mode=ReadOnly", ["Database:MigrateOnStartup"] = "false" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
