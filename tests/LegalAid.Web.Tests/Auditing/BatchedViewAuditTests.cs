using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Auditing;

/// <summary>
/// Views of personal data written to the trail in batches (<c>Audit:ViewBatchWindow</c>), as the web app runs outside
/// tests: answered first, written with the others of their window, and every one written by a clean shutdown.
/// </summary>
public sealed class BatchedViewAuditTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A file of the test's own, so that it outlives the app that wrote it.</summary>
    private string ConnectionString => $"Data Source={Path.Combine(folder, "legalaid.db")};Pooling=False";

    [Fact]
    public async Task ViewsAnsweredWithinAWindow_AreAllWrittenInOrderAndChained_ByACleanShutdown()
    {
        var app = await AppHoldingViewsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var clientId = await lawyer.RegisterClientAsync("Өмүрзакова");
        var caseId = await (await lawyer.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, summary = "Не выплачена зарплата." })).CreatedIdAsync();
        for (var i = 0; i < 3; i++)
        {
            (await lawyer.GetAsync($"/api/v1/cases/{caseId}")).EnsureSuccessStatusCode();
        }

        (await lawyer.GetAsync($"/api/v1/clients?query={Uri.EscapeDataString("Өмүрзак")}")).EnsureSuccessStatusCode();
        var beforeShutdown = await ViewsAsync(app);

        await app.DisposeAsync();

        await using var reader = App("00:00:00");
        var afterShutdown = await ViewsAsync(reader);
        Assert.Empty(beforeShutdown);
        Assert.Equal(
            [(AuditAction.Viewed, $"{caseId}"), (AuditAction.Viewed, $"{caseId}"), (AuditAction.Viewed, $"{caseId}"), (AuditAction.Searched, null)],
            afterShutdown.Select(e => (e.Action, e.EntityId)));
        Assert.All(afterShutdown, e => Assert.Equal(LegalAidFactory.LawyerMow, e.UserName));
        Assert.All(afterShutdown, e => Assert.Equal("127.0.0.1", e.IpAddress));
        Assert.Equal($"{clientId}", afterShutdown[^1].SealedFor);
        Assert.True(afterShutdown.Zip(afterShutdown.Skip(1)).All(p => p.First.OccurredAtUtc <= p.Second.OccurredAtUtc));
        Assert.True(await VerifiesAsync(reader));
    }

    [Fact]
    public async Task ASearchWaitingToBeWritten_WhenItsClientIsErased_LeavesNoKeyThatReadsItsTerms()
    {
        var app = await AppHoldingViewsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var clientId = await lawyer.RegisterClientAsync("Өмүрзакова");
        (await lawyer.GetAsync($"/api/v1/clients?query={Uri.EscapeDataString("Өмүрзак")}")).EnsureSuccessStatusCode();
        using var admin = await app.SignInAsync(LegalAidFactory.Admin);
        var form = await HtmlPage.GetAsync(admin, $"/Admin/Erase?clientId={clientId}");
        (await HtmlPage.SubmitAsync(admin, form, new Dictionary<string, string> { ["Input.Reason"] = "Письменное заявление", ["Input.Confirmed"] = "true" }, "#erase-form"))
            .EnsureSuccessStatusCode();

        await app.DisposeAsync();

        await using var reader = App("00:00:00");
        var search = Assert.Single(await ViewsAsync(reader), e => e.Action == AuditAction.Searched);
        Assert.Equal($"{clientId}", search.SealedFor);
        Assert.False(await reader.InDatabaseAsync(db => db.ClientKeys.AnyAsync(k => k.ClientId == clientId)));
    }

    [Fact]
    public async Task TheTrailPage_ListsNewestFirst_ByWhenEachHappened_NotByWhenItsBatchWasWritten()
    {
        var app = await AppHoldingViewsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var clientId = await lawyer.RegisterClientAsync("Өмүрзакова");
        (await lawyer.GetAsync($"/api/v1/clients/{clientId}")).EnsureSuccessStatusCode();
        var update = JsonSerializer.SerializeToNode(ApiJson.NewClient("Өмүрзакова-Асанова"))!.AsObject();
        update["version"] = 0;
        (await lawyer.PutAsJsonAsync($"/api/v1/clients/{clientId}", update)).EnsureSuccessStatusCode();
        await app.DisposeAsync();

        await using var reader = App("00:00:00");
        using var coordinator = await reader.SignInAsync(LegalAidFactory.CoordinatorMow);
        var page = await HtmlPage.GetAsync(coordinator, $"/Audit?Filter.EntityType=Client&Filter.EntityId={clientId}");

        var entries = await reader.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Client" && e.EntityId == $"{clientId}").ToListAsync());
        var newestFirst = entries.OrderByDescending(e => e.OccurredAtUtc).Select(e => e.Action).ToList();
        Assert.Equal([AuditAction.Updated, AuditAction.Viewed, AuditAction.Created], newestFirst);
        Assert.NotEqual(newestFirst, entries.OrderByDescending(e => e.Id).Select(e => e.Action));
        var listed = page.QuerySelectorAll("tr[id^='entry-']").Select(row => long.Parse(row.Id!["entry-".Length..], CultureInfo.InvariantCulture));
        Assert.Equal(entries.OrderByDescending(e => e.OccurredAtUtc).Select(e => e.Id), listed);
    }

    [Fact]
    public async Task WhileTheAppRuns_AViewReachesTheTrail_WithoutAnotherRequest()
    {
        Directory.CreateDirectory(folder);
        await using var app = App("00:00:00.050");
        await app.SeedAccountsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var clientId = await lawyer.RegisterClientAsync();

        (await lawyer.GetAsync($"/api/v1/clients/{clientId}")).EnsureSuccessStatusCode();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await ViewsAsync(app)).Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        Assert.Equal([(AuditAction.Viewed, $"{clientId}")], (await ViewsAsync(app)).Select(e => (e.Action, e.EntityId)));
        Assert.True(await VerifiesAsync(app));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// An app with its accounts whose views wait a window no test outlasts: whatever reaches the trail before its
    /// shutdown was written within its request.
    /// </summary>
    private async Task<LegalAidFactory> AppHoldingViewsAsync()
    {
        Directory.CreateDirectory(folder);
        var app = App("01:00:00");
        await app.SeedAccountsAsync();
        return app;
    }

    private LegalAidFactory App(string window) =>
        new(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = ConnectionString, ["Audit:ViewBatchWindow"] = window });

    /// <summary>The views and searches of the test's records; not the desk each sign-in lands on, which is recorded too.</summary>
    private static Task<List<AuditEntry>> ViewsAsync(LegalAidFactory app) =>
        app.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => (e.Action == AuditAction.Viewed || e.Action == AuditAction.Searched) && e.EntityType != "Desk")
            .OrderBy(e => e.Id)
            .ToListAsync());

    private static async Task<bool> VerifiesAsync(LegalAidFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditChainVerifier>().VerifyAsync(CancellationToken.None)).IsIntact;
    }
}
