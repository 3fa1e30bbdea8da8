using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Reports.WithdrawDonorReport;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LegalAid.Application.Tests.Reports;

/// <summary>Withdrawing a published report, and telling the donors who were e-mailed it (see <see cref="DonorMailTest"/>).</summary>
public sealed class WithdrawDonorReportTests : DonorMailTest
{
    private const string Reason = "В таблице 3 ошибка в данных Казани: Өмүрбекова ң ө ү.";

    [Fact]
    public async Task TheDonorsWhoWereEmailed_AreToldWhy_AndEveryDonorSeesItWithdrawn_WithoutItsFile()
    {
        var id = await PublishedReportAsync("Отчёт за квартал");
        await AddDonorAsync("new@donor.test");

        var result = await App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 1));

        Assert.Equal(new DonorNoticeResult(1, null) { Version = 2 }, result);
        var notice = Smtp.ReceivedEmail.Select(Message).Single(m => m.Subject?.StartsWith("Отозван отчёт", StringComparison.Ordinal) == true);
        Assert.Equal("fund@donor.test", Assert.Single(notice.To.Mailboxes).Address);
        Assert.Contains("Отчёт за квартал", notice.Subject, StringComparison.Ordinal);
        Assert.Contains(Reason, notice.TextBody, StringComparison.Ordinal);
        Assert.Empty(notice.Attachments);
        Assert.Equal(2, Smtp.ReceivedEmailCount);

        App.ActAs(Roles.Donor, null);
        var listed = Assert.Single(await App.SendAsync(new ListDonorReports()));
        Assert.Equal((Reason, null, false), (listed.WithdrawalReason, listed.WithdrawnBy, listed.Downloadable));
        Assert.NotNull(listed.WithdrawnAtUtc);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetDonorReportFile(id)));

        App.ActAs(Roles.ProgrammeStaff, null);
        var archived = Assert.Single(await App.SendAsync(new ListDonorReports()));
        Assert.Equal((Reason, "programmestaff.@test", true), (archived.WithdrawalReason, archived.WithdrawnBy, archived.Downloadable));
        Assert.NotNull(archived.PublishedAtUtc);
        Assert.NotEmpty((await App.SendAsync(new GetDonorReportFile(id))).Content);
        var audited = await App.InDatabaseAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "DonorReport" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Updated)
            .Select(a => a.Changes).ToListAsync());
        Assert.Contains(audited, changes => changes!.Contains(Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReasonNamingACase_IsRefused_ForDonorsReadIt()
    {
        var id = await PublishedReportAsync("Q1");

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new WithdrawDonorReport(id, "Дело MOW-2026-00171 посчитано дважды.", Version: 1)));

        Assert.Contains("«MOW-2026-00171»", Assert.Single(refused.Errors[nameof(WithdrawDonorReport.Reason)]), StringComparison.Ordinal);
        Assert.Null(await App.InDatabaseAsync(db => db.DonorReports.Where(r => r.Id == id).Select(r => r.WithdrawnAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task AReportNeverEmailed_IsWithdrawnWithoutAnyMessage()
    {
        var id = await PublishedReportAsync("Q1");
        await App.InDatabaseAsync(db => db.DonorReportNotices.Where(n => n.DonorReportId == id).ExecuteDeleteAsync());
        var before = Smtp.ReceivedEmailCount;

        var result = await App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 1));

        Assert.Equal(new DonorNoticeResult(0, null) { Version = 2 }, result);
        Assert.Equal(before, Smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task AnUnpublishedReport_AnEmptyReason_AStaleVersion_OrASecondWithdrawal_AreRefused()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var draft = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Черновик" });
        var id = await PublishedReportAsync("Q1");

        var unpublished = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new WithdrawDonorReport(draft, Reason, Version: 0)));
        var empty = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new WithdrawDonorReport(id, "  ", Version: 1)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 0)));
        await App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 1));
        var twice = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 2)));
        var republished = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PublishDonorReport(id, Version: 2)));

        Assert.NotEmpty(unpublished.Errors);
        Assert.Contains(nameof(WithdrawDonorReport.Reason), empty.Errors.Keys);
        Assert.NotEmpty(twice.Errors);
        Assert.Equal([Messages.AlreadyWithdrawn], republished.Errors[string.Empty]);
        App.ActAs(Roles.Donor, null);
        var listed = Assert.Single(await App.SendAsync(new ListDonorReports()));
        Assert.Equal((id, false), (listed.Id, listed.Downloadable));
    }

    [Fact]
    public async Task AWithdrawalNoticeThatFailed_IsReportedAndSentLaterToThoseNotYetTold()
    {
        var id = await PublishedReportAsync("Q1");
        var port = Smtp.Configuration.Port;
        Smtp.Stop();

        var failed = await App.SendAsync(new WithdrawDonorReport(id, Reason, Version: 1));
        using var again = SimpleSmtpServer.Start(port);
        var resent = await App.SendAsync(new NotifyDonors(id));
        var nothingLeft = await App.SendAsync(new NotifyDonors(id));

        Assert.Equal(0, failed.Notified);
        Assert.Contains("fund@donor.test", failed.EmailError, StringComparison.Ordinal);
        Assert.Equal(new DonorNoticeResult(1, null) { Version = 2 }, resent);
        Assert.Contains(Reason, Message(Assert.Single(again.ReceivedEmail)).TextBody, StringComparison.Ordinal);
        Assert.Equal(new DonorNoticeResult(0, null) { Version = 2 }, nothingLeft);
    }

    private async Task<int> PublishedReportAsync(string title)
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Language = "ru", Title = title });
        Assert.Equal(new DonorNoticeResult(1, null) { Version = 1 }, await App.SendAsync(new PublishDonorReport(id, Version: 0)));
        return id;
    }

    private static MimeMessage Message(SmtpMessage received) =>
        MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
}
