using System.Net;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
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

    [Fact]
    public async Task OnRealPorts_TheSessionAFormAndAnEdit_CrossFromOneServerToTheOther()
    {
        await using var one = new LegalAidFactory();
        one.StartOnLoopback();
        await one.SeedAccountsAsync();
        await using var two = new LegalAidFactory(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = one.ConnectionString });
        two.StartOnLoopback();
        Assert.NotEqual(one.ClientOptions.BaseAddress.Port, two.ClientOptions.BaseAddress.Port);

        var (browser, session) = await one.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        browser.Dispose();
        using var onTwo = two.WithCookie(session);
        var clientId = await onTwo.RegisterClientAsync();
        var caseId = await (await onTwo.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, summary = "Не выплачена зарплата." })).CreatedIdAsync();

        using var onOne = one.WithCookie(session);
        var editPage = await onOne.GetAsync($"/Cases/{caseId}/edit");
        Assert.Equal(HttpStatusCode.OK, editPage.StatusCode);
        var antiforgery = editPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("LegalAid.Antiforgery", StringComparison.Ordinal));
        using var onTwoWithForm = two.WithCookie($"{session}; {antiforgery}");
        var saved = await HtmlPage.SubmitAsync(onTwoWithForm, await HtmlPage.ParseAsync(editPage),
            new Dictionary<string, string> { ["Input.Summary"] = "Өңүт: работодатель обещал выплатить до пятницы." }, server: two.ClientOptions.BaseAddress);
        var seenOnOne = await (await onOne.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Cases/{caseId}", saved.Headers.Location?.OriginalString);
        Assert.Equal("Өңүт: работодатель обещал выплатить до пятницы.", (string?)seenOnOne["summary"]);
    }

    [Fact]
    public async Task AReferenceListChangedOnOneServer_IsOfferedAtOnceByTheOther()
    {
        using var lawyerOnSecond = await second.SignInAsync(LegalAidFactory.LawyerMow);
        var before = await (await lawyerOnSecond.GetAsync("/api/v1/lookups")).ReadAsync();
        using var adminOnFirst = await first.SignInAsync(LegalAidFactory.Admin, followRedirects: false);
        var partners = await HtmlPage.GetAsync(adminOnFirst, "/Admin/Partners");

        var saved = await HtmlPage.SubmitAsync(adminOnFirst, partners,
            new Dictionary<string, string> { ["Input.Name"] = "Фонд «Көмөк»", ["Input.NameKy"] = "«Көмөк» фонду", ["Input.NameEn"] = "Komok Foundation" },
            "main form#partner-new");
        var after = await (await lawyerOnSecond.GetAsync("/api/v1/lookups")).ReadAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Фонд «Көмөк»", before["partners"]!.AsArray().Select(p => (string?)p!["name"]!["ru"]));
        Assert.Contains("Фонд «Көмөк»", after["partners"]!.AsArray().Select(p => (string?)p!["name"]!["ru"]));
    }

    [Fact]
    public async Task AConsultationSentToOneServer_AndSentAgainToTheOther_IsLoggedOnce()
    {
        var (browser, session) = await first.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        browser.Dispose();
        using var onFirst = first.WithCookie(session);
        using var onSecond = second.WithCookie(session);
        var caseId = await onFirst.OpenCaseAsync(await onFirst.RegisterClientAsync());

        var ids = new List<int>();
        foreach (var server in new[] { onFirst, onSecond })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/consultations")
            {
                Content = JsonContent.Create(new { channel = "Phone", lawyerId = first.LawyerOf[LegalAidFactory.Moscow], durationMinutes = 10, summary = "Звонок." }),
            };
            request.Headers.Add("Idempotency-Key", "a-retry-through-the-balancer");
            ids.Add(await (await server.SendAsync(request)).CreatedIdAsync());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await first.InDatabaseAsync(db => db.Consultations.CountAsync(c => c.CaseId == caseId)));
    }

    public async ValueTask DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
