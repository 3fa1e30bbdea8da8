using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Reports;

public sealed class NotifyDonorsTests : DonorMailTest
{
    [Fact]
    public async Task ThePublishedReport_GoesToTheDonorsItHasNotReached_ButNotBeforeItIsPublished()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });

        var early = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new NotifyDonors(id)));
        await App.SendAsync(new PublishDonorReport(id, Version: 0));
        var nobodyLeft = await App.SendAsync(new NotifyDonors(id));
        await AddDonorAsync("NEW@donor.test");
        var newcomer = await App.SendAsync(new NotifyDonors(id));

        Assert.Equal(string.Empty, Assert.Single(early.Errors.Keys));
        Assert.Equal(new DonorNoticeResult(0, null) { Version = 1 }, nobodyLeft);
        Assert.Equal(new DonorNoticeResult(1, null) { Version = 1 }, newcomer);
        Assert.Equal(["fund@donor.test", "new@donor.test"], Smtp.ReceivedEmail.Select(m => m.ToAddresses.Single().Address.ToLowerInvariant()).Order());
    }

    [Fact]
    public async Task TheArchive_TellsStaffHowManyDonorsHoldTheReport_AndDonorsNothing()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var emailed = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });
        var draft = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1 draft" });
        await App.SendAsync(new PublishDonorReport(emailed, Version: 0));
        await App.InDatabaseAsync(db =>
        {
            // A second copy to the same donor, as resending wrote before it skipped the donors already reached.
            db.DonorReportNotices.Add(new DonorReportNotice(emailed, "fund@donor.test", DonorNoticeKind.Report, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        var archive = await App.SendAsync(new ListDonorReports());
        App.ActAs(Roles.Donor, null);
        var donorsArchive = await App.SendAsync(new ListDonorReports());

        Assert.Equal(1, archive.Single(r => r.Id == emailed).EmailedDonors);
        Assert.Equal(0, archive.Single(r => r.Id == draft).EmailedDonors);
        Assert.Null(Assert.Single(donorsArchive).EmailedDonors);
    }

    [Fact]
    public async Task WhileAnotherRequestIsEmailingAboutTheReport_NothingIsSent_TillItsLeaseEndsOrLapses()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });
        await App.SendAsync(new PublishDonorReport(id, Version: 0));
        await AddDonorAsync("new@donor.test");
        var leasedUntil = App.Clock.GetUtcNow().UtcDateTime + DonorNoticeLease.Length;
        await App.InDatabaseAsync(db => db.DonorReports.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, DonorNoticeLease.Property), leasedUntil)));

        var whileHeld = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new NotifyDonors(id)));
        App.Clock.Advance(DonorNoticeLease.Length + TimeSpan.FromSeconds(1));
        var afterItLapsed = await App.SendAsync(new NotifyDonors(id));

        Assert.Equal([Messages.NoticesBeingSent], whileHeld.Errors[string.Empty]);
        Assert.Equal(new DonorNoticeResult(1, null) { Version = 1 }, afterItLapsed);
        Assert.Equal(["fund@donor.test", "new@donor.test"], Smtp.ReceivedEmail.Select(m => m.ToAddresses.Single().Address).Order());
        Assert.Null(await App.InDatabaseAsync(db => db.DonorReports.Where(r => r.Id == id).Select(r => EF.Property<DateTime?>(r, DonorNoticeLease.Property)).SingleAsync()));
    }
}
