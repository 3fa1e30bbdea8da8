using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

/// <summary>The calendar feed a phone subscribes to: read without signing in, parsed back with Ical.Net, revoked from the account page.</summary>
public sealed class CalendarFeedTests : WebTest
{
    [Fact]
    public async Task TheFeed_ParsesAsICalendar_WithCaseNumberAndTypeOnly_UntilRevoked()
    {
        var clientId = await Client.RegisterClientAsync("Өмүрбеков");
        var opened = await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn = ApiJson.EarlyOpening })).ReadAsync();
        var caseId = (int)opened["id"]!;
        var number = (string)opened["number"]!;
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = "2026-12-01", note = "Өмүрбеков — Тверской суд" });
        var secret = await IssueOnTheAccountPageAsync();
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await phone.GetAsync(new Uri(secret).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        var hearing = Assert.Single(calendar.Events);
        Assert.Equal($"{number} · Судебное заседание", hearing.Summary);
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(hearing.DtStart!.Value));
        Assert.DoesNotContain("Өмүрбеков", text, StringComparison.Ordinal);
        Assert.True(await Factory.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "CalendarFeed" && e.Action == AuditAction.Viewed && e.UserName == LegalAidFactory.LawyerMow)));

        var page = await HtmlPage.GetAsync(Client, "/Account/Calendar");
        await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "form[action*='handler=Revoke']");

        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(new Uri(secret).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task AHead_AnswersAsTheReadWould_WithoutTheBody_NeitherReadingNorAuditingTheFeed_AnUnknownSecretStillNotFound()
    {
        var secret = new Uri(await IssueOnTheAccountPageAsync()).PathAndQuery;
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var readsBefore = await FeedReadsAsync();

        using var head = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Head, secret));
        using var unknown = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/calendar/guessed-secret.ics"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/calendar", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(readsBefore, await FeedReadsAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("OPTIONS")]
    [InlineData("DELETE")]
    [InlineData("PROPFIND")]
    [InlineData("REPORT")]
    public async Task AnyOtherMethod_IsRefusedAsSuch_NamingTheTwoTheFeedTakes_NotAskedToSignIn(string method)
    {
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await phone.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/calendar/guessed-secret.ics"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Equal($"Метод {method} здесь не принимается; этот адрес принимает: GET, HEAD.", (string?)(await response.ReadAsync())["title"]);
    }

    [Fact]
    public async Task AHearingWithATime_IsATimedEventInTheCentresTimeZone_WithoutItsPlace_ADeadlineWithoutOne_StaysAllDay()
    {
        var clientId = await Client.RegisterClientAsync("Өмүрбеков");
        var caseId = await Client.OpenCaseAsync(clientId, ApiJson.EarlyOpening);
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = "2026-12-01", dueAt = "10:30:00", place = "Мещанский районный суд, зал 5" });
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "DocumentDue", dueOn = "2026-12-04" });
        var secret = new Uri(await IssueOnTheAccountPageAsync()).PathAndQuery;
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });

        var feed = await phone.GetStringAsync(secret);
        var calendar = Calendar.Load(feed)!;

        var hearing = calendar.Events.Single(e => e.Summary!.EndsWith("Судебное заседание", StringComparison.Ordinal));
        var document = calendar.Events.Single(e => e != hearing);
        Assert.Equal((true, "Europe/Moscow", new DateTime(2026, 12, 1, 10, 30, 0)), (hearing.DtStart!.HasTime, hearing.DtStart.TzId, hearing.DtStart.Value));
        Assert.Equal(new DateTime(2026, 12, 1, 7, 30, 0, DateTimeKind.Utc), hearing.DtStart.AsUtc);
        Assert.Null(hearing.Location);
        Assert.DoesNotContain("Мещанский", feed, StringComparison.Ordinal);
        Assert.Contains(calendar.TimeZones, zone => zone.TzId == "Europe/Moscow");
        Assert.Equal((false, true, new DateOnly(2026, 12, 4), (string?)null), (document.DtStart!.HasTime, document.IsAllDay, DateOnly.FromDateTime(document.DtStart.Value), document.Location));
    }

    [Fact]
    public async Task TheCallBackOfAVoidedConsultation_LeavesTheFeed()
    {
        var clientId = await Client.RegisterClientAsync("Өмүрбеков");
        var caseId = await Client.OpenCaseAsync(clientId, ApiJson.EarlyOpening);
        var followUpOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var consultationId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок", followUpOn })).CreatedIdAsync();
        var secret = new Uri(await IssueOnTheAccountPageAsync()).PathAndQuery;
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var callBack = Assert.Single(Calendar.Load(await phone.GetStringAsync(secret))!.Events);
        Assert.Equal(followUpOn, DateOnly.FromDateTime(callBack.DtStart!.Value));

        var voided = await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{consultationId}/void", new { version = 0, reason = "Не то дело" });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Empty(Calendar.Load(await phone.GetStringAsync(secret))!.Events);
    }

    [Fact]
    public async Task IssuingRedirectsToThePage_SoAReloadReadsItAgain_AndTheAddressJustShownKeepsWorking()
    {
        var page = await HtmlPage.GetAsync(Client, "/Account/Calendar");
        using var issuing = await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "form[action*='handler=Issue']");
        var address = new Uri((await HtmlPage.ParseAsync(issuing)).QuerySelector("#calendar-url")!.TextContent.Trim()).PathAndQuery;

        var reloaded = await HtmlPage.GetAsync(Client, issuing.RequestMessage!.RequestUri!.PathAndQuery);

        Assert.Equal(HttpMethod.Get, issuing.RequestMessage.Method);
        Assert.Null(reloaded.QuerySelector("#calendar-url"));
        using var phone = Factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(address)).StatusCode);
    }

    private Task<int> FeedReadsAsync() =>
        Factory.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "CalendarFeed" && e.Action == AuditAction.Viewed));

    /// <summary>Issues the address on Account → Calendar feed; the address shown once.</summary>
    private async Task<string> IssueOnTheAccountPageAsync()
    {
        var page = await HtmlPage.GetAsync(Client, "/Account/Calendar");
        var issued = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string>(), "form[action*='handler=Issue']"));
        return issued.QuerySelector("#calendar-url")!.TextContent.Trim();
    }
}
