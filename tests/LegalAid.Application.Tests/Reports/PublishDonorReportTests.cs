using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.PublishDonorReport;
using MimeKit;

namespace LegalAid.Application.Tests.Reports;

/// <summary>Publishing, and e-mailing the report to the donors (see <see cref="DonorMailTest"/>).</summary>
public sealed class PublishDonorReportTests : DonorMailTest
{
    [Fact]
    public async Task EachActiveDonor_GetsTheReportAttached()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Language = "ru", Title = "Отчёт: ң ө ү" });

        var published = await App.SendAsync(new PublishDonorReport(id, Version: 0));

        Assert.Equal(new DonorNoticeResult(1, null) { Version = 1 }, published);
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(Smtp.ReceivedEmail).Data)));
        Assert.Equal("fund@donor.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("reports@legalaid.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("Отчёт: ң ө ү", message.Subject);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal((await App.SendAsync(new GetDonorReportFile(id))).Content, content.ToArray());
    }

    [Fact]
    public async Task AnUnreachableServer_LeavesTheReportPublishedAndSaysSo()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });
        Smtp.Stop();

        var published = await App.SendAsync(new PublishDonorReport(id, Version: 0));

        Assert.Equal(0, published.Notified);
        Assert.Contains("fund@donor.test", published.EmailError);
        App.ActAs(Roles.Donor, null);
        Assert.NotEmpty((await App.SendAsync(new GetDonorReportFile(id))).Content);
    }
}
