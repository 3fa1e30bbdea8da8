using System.Net;
using System.Net.Http.Json;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Security;

/// <summary>An account refused many times in a short time shows up on the audit page and the administrator's start page.</summary>
public sealed class DenialAlertTests : IAsyncLifetime
{
    private readonly LegalAidFactory factory = new(new Dictionary<string, string> { ["DenialAlerts:Threshold"] = "3" });

    public async ValueTask InitializeAsync() => await factory.SeedAccountsAsync();

    [Fact]
    public async Task ThreeRefusals_AlertTheAdministratorAndTheAccountsCoordinator()
    {
        using var moscow = await factory.SignInAsync(LegalAidFactory.LawyerMow);
        var clientId = await moscow.RegisterClientAsync();
        var caseId = await moscow.OpenCaseAsync(clientId);
        using var kazan = await factory.SignInAsync(LegalAidFactory.LawyerKzn);
        using var admin = await factory.SignInAsync(LegalAidFactory.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await kazan.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kazan.GetAsync($"/api/v1/clients/{clientId}")).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(admin, "/")).QuerySelector("#denial-alerts"));
        Assert.Equal(HttpStatusCode.Forbidden, (await kazan.GetAsync("/Admin/Accounts")).StatusCode);

        var alert = (await HtmlPage.GetAsync(admin, "/")).QuerySelector("#denial-alerts")!;
        Assert.Contains($"{LegalAidFactory.LawyerKzn}: отказов в доступе — 3 за 10 мин.", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", alert.TextContent, StringComparison.Ordinal);
        var trail = await HtmlPage.GetAsync(admin, alert.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(3, trail.QuerySelectorAll("tbody tr").Length);
        Assert.All(trail.QuerySelectorAll("tbody tr"), row => Assert.Contains("Отказ в доступе", row.TextContent, StringComparison.Ordinal));
        Assert.NotNull(trail.QuerySelector("#denial-alerts"));

        using var coordinatorKzn = await factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        using var coordinatorMow = await factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        Assert.NotNull((await HtmlPage.GetAsync(coordinatorKzn, "/Audit")).QuerySelector("#denial-alerts"));
        Assert.Null((await HtmlPage.GetAsync(coordinatorMow, "/Audit")).QuerySelector("#denial-alerts"));
    }

    [Fact]
    public async Task RoleRefusals_NameTheRouteOrRequestAndTheRolesItNeeds()
    {
        using var donor = await factory.SignInAsync(LegalAidFactory.Donor);

        Assert.Equal(HttpStatusCode.Forbidden, (await donor.GetAsync("/Statistics?from=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await donor.PostAsJsonAsync("/api/v1/cases/5/close", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await donor.GetAsync("/api/v1/lookups")).StatusCode);

        var denials = await factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [
                (AccessDenials.Endpoint, "/Statistics", "reason=Role; method=GET; needs=ProgrammeStaff,Coordinator,Administrator"),
                (AccessDenials.Endpoint, "/api/v1/cases/{id:int}/close", "reason=Role; method=POST; needs=Lawyer,Coordinator"),
                (AccessDenials.Request, "GetLookups", "reason=Role; needs=Lawyer,Coordinator,ProgrammeStaff,Administrator"),
            ],
            denials.Select(d => (d.EntityType, d.EntityId, d.Details)));
        Assert.All(denials, d => Assert.Equal((LegalAidFactory.Donor, "127.0.0.1"), (d.UserName, d.IpAddress)));
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
