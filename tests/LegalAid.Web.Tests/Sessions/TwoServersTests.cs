using System.Net;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Sessions;

/// <summary>Two web servers on one database, as behind a load balancer: each reads the other's cookies and sessions.</summary>
public sealed class TwoServersTests : IAsyncLifetime
{
    private readonly LegalAidFactory first = new();
    private LegalAidFactory second = null!;

    public async ValueTask InitializeAsync()
    {
        await first.SeedAccountsAsync();
        second = new LegalAidFactory(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = first.ConnectionString });
    }

    [Fact]
    public async Task ASessionEndedOnOneServer_IsRefusedOnTheOther()
    {
        var (browser, cookie) = await first.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        using var onSecond = second.WithCookie(cookie);
        var sessions = await onSecond.GetAsync("/api/v1/account/sessions");
        Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
        var id = (int)(await sessions.ReadAsync()).AsArray().Single()!["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await onSecond.DeleteAsync($"/api/v1/account/sessions/{id}")).StatusCode);

        using var onFirst = first.WithCookie(cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onFirst.GetAsync("/api/v1/cases")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task TheKeysThatProtectCookies_AreSharedThroughTheDatabase_AndNeverAudited()
    {
        using var browser = await first.SignInAsync(LegalAidFactory.LawyerMow);

        Assert.True(await first.InDatabaseAsync(db => db.DataProtectionKeys.AnyAsync(k => k.Xml != null && k.Xml.Contains("<key "))));
        Assert.False(await first.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "DataProtectionKey" || (e.Changes != null && e.Changes.Contains("masterKey")))));
    }

    public async ValueTask DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
