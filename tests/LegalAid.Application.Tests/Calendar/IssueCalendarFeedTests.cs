using LegalAid.Application.Calendar.GetCalendarFeed;
using LegalAid.Application.Calendar.GetCalendarFeedStatus;
using LegalAid.Application.Calendar.IssueCalendarFeed;
using LegalAid.Application.Calendar.RevokeCalendarFeed;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Calendar;

/// <summary>The calendar feed's life: issued, read anonymously, reissued, revoked. The test accounts exist only as user names, so each is created first.</summary>
public sealed class IssueCalendarFeedTests : ApplicationTest
{
    [Fact]
    public async Task TheFeed_ListsTheCaseWorkersPendingDeadlines_ByCaseNumberAndType_WithoutNames_AndIsAudited()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 4, 2), Note = "Үсөнбаев: суд" });
        var secret = await IssueAsync();

        var feed = await ReadAnonymouslyAsync(secret);

        var text = System.Text.Encoding.UTF8.GetString(feed.Content);
        Assert.Equal("text/calendar; charset=utf-8", feed.ContentType);
        Assert.Contains("MOW-2026-", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20260402", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Үсөнбаев", text, StringComparison.Ordinal);
        Assert.Single(await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "CalendarFeed" && e.Action == AuditAction.Viewed && e.CentreId == TestApp.Moscow).ToListAsync()));
    }

    [Fact]
    public async Task TheFeed_NamesAConsultationsNextContact_AsItsFormDoes_AndACallBackAddedByHand_ByItsType()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = new DateOnly(2026, 4, 2) });

        var text = System.Text.Encoding.UTF8.GetString((await ReadAnonymouslyAsync(await IssueAsync())).Content).Replace("\r\n ", "", StringComparison.Ordinal);

        var summaries = text.Split("\r\n").Where(line => line.StartsWith("SUMMARY:", StringComparison.Ordinal)).Select(line => line.Split(" · ")[1]);
        Assert.Equal(["Следующий контакт", "Перезвонить клиенту"], summaries);
    }

    [Fact]
    public async Task TheFeed_LeavesOutAVoidedDeadline_AndTheCallBackOfAVoidedConsultation()
    {
        var caseId = await OpenCaseAsync();
        var consultation = await App.SendAsync(Requests.LogConsultation(caseId));
        var hearing = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 4, 2) });
        var secret = await IssueAsync();
        var before = System.Text.Encoding.UTF8.GetString((await ReadAnonymouslyAsync(secret)).Content);
        Assert.Contains("DTSTART;VALUE=DATE:20260320", before, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20260402", before, StringComparison.Ordinal);

        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = consultation, Reason = "Записана не в то дело" });
        await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = hearing, Reason = "Заседание отменено" });

        var after = System.Text.Encoding.UTF8.GetString((await ReadAnonymouslyAsync(secret)).Content);
        Assert.DoesNotContain("BEGIN:VEVENT", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReissuedOrRevokedFeed_IsNotFound()
    {
        var first = await IssueAsync();
        var second = await App.SendAsync(new IssueCalendarFeed());
        await ReadAnonymouslyAsync(second);
        await Assert.ThrowsAsync<NotFoundException>(() => ReadAnonymouslyAsync(first));

        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(new RevokeCalendarFeed());

        Assert.Null(await App.SendAsync(new GetCalendarFeedStatus()));
        await Assert.ThrowsAsync<NotFoundException>(() => ReadAnonymouslyAsync(second));
        await Assert.ThrowsAsync<NotFoundException>(() => ReadAnonymouslyAsync(new string('x', 10_000)));
    }

    [Fact]
    public async Task TheFeedsStatus_IsShownInTheTimeZoneOfTheCaseWorkersCentre()
    {
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        await IssueAsync();

        var status = await App.SendAsync(new GetCalendarFeedStatus());

        Assert.Equal("Asia/Yekaterinburg", status?.TimeZoneId);
    }

    [Fact]
    public async Task OnlyCaseWorkers_HaveAFeed()
    {
        App.ActAs(Roles.ProgrammeStaff, null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new IssueCalendarFeed()));
    }

    private async Task<string> IssueAsync()
    {
        await App.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LegalAid.Infrastructure.Identity.ApplicationUser>>();
            var account = new LegalAid.Infrastructure.Identity.ApplicationUser
            {
                Id = App.CurrentUser.UserId!, UserName = App.CurrentUser.UserName, Email = App.CurrentUser.UserName,
                CentreId = App.CurrentUser.CentreId, StaffMemberId = App.CurrentUser.StaffMemberId,
            };
            return await users.CreateAsync(account);
        });
        return await App.SendAsync(new IssueCalendarFeed());
    }

    private async Task<LegalAid.Application.Common.Models.ExportedFile> ReadAnonymouslyAsync(string secret)
    {
        var (user, roles, centre, staff) = (App.CurrentUser.UserId, App.CurrentUser.Roles.ToList(), App.CurrentUser.CentreId, App.CurrentUser.StaffMemberId);
        App.CurrentUser.IsAuthenticated = false;
        App.CurrentUser.Roles.Clear();
        App.CurrentUser.CentreId = null;
        App.CurrentUser.StaffMemberId = null;
        try
        {
            return await App.SendAsync(new GetCalendarFeed(secret));
        }
        finally
        {
            App.CurrentUser.IsAuthenticated = true;
            roles.ForEach(r => App.CurrentUser.Roles.Add(r));
            (App.CurrentUser.UserId, App.CurrentUser.CentreId, App.CurrentUser.StaffMemberId) = (user, centre, staff);
        }
    }
}
