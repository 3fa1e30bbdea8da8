using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LegalAid.Application.Tests.Reports;

/// <summary>Publishing against a real SMTP server listening on a local port for the test.</summary>
public sealed class PublishDonorReportTests : IAsyncLifetime
{
    private readonly SimpleSmtpServer smtp = SimpleSmtpServer.Start();
    private TestApp app = null!;

    public async ValueTask InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "LegalAid <reports@legalaid.test>",
        });
        await app.InitializeAsync();
        await app.InScopeAsync(async services =>
        {
            var accounts = services.GetRequiredService<IUserAdministration>();
            await accounts.CreateAsync(new NewAccount("fund@donor.test", "Фонд", Roles.Donor, null, "correct horse battery staple"), CancellationToken.None);
            var locked = await accounts.CreateAsync(new NewAccount("former@donor.test", "Former donor", Roles.Donor, null, "correct horse battery staple"), CancellationToken.None);
            await accounts.SetLockedAsync(locked.UserId, locked: true, CancellationToken.None);
            return await accounts.CreateAsync(new NewAccount("staff@legalaid.test", "Staff", Roles.ProgrammeStaff, null, "correct horse battery staple"), CancellationToken.None);
        });
    }

    [Fact]
    public async Task EachActiveDonor_GetsTheReportAttached()
    {
        app.ActAs(Roles.ProgrammeStaff, null);
        var id = await app.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Language = "ru", Title = "Отчёт: ң ө ү" });

        var published = await app.SendAsync(new PublishDonorReport(id, Version: 0));

        Assert.Equal(new DonorNoticeResult(1, null), published);
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(smtp.ReceivedEmail).Data)));
        Assert.Equal("fund@donor.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("reports@legalaid.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("Отчёт: ң ө ү", message.Subject);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal((await app.SendAsync(new GetDonorReportFile(id))).Content, content.ToArray());
    }

    [Fact]
    public async Task AnUnreachableServer_LeavesTheReportPublishedAndSaysSo()
    {
        app.ActAs(Roles.ProgrammeStaff, null);
        var id = await app.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });
        smtp.Stop();

        var published = await app.SendAsync(new PublishDonorReport(id, Version: 0));

        Assert.Equal(0, published.Notified);
        Assert.Contains("fund@donor.test", published.EmailError);
        app.ActAs(Roles.Donor, null);
        Assert.NotEmpty((await app.SendAsync(new GetDonorReportFile(id))).Content);
    }

    [Fact]
    public async Task ThePublishedReport_CanBeSentAgain_ButNotBeforeItIsPublished()
    {
        app.ActAs(Roles.ProgrammeStaff, null);
        var id = await app.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Title = "Q1" });

        var early = await Assert.ThrowsAsync<InvalidRequestException>(() => app.SendAsync(new NotifyDonors(id)));
        await app.SendAsync(new PublishDonorReport(id, Version: 0));
        var again = await app.SendAsync(new NotifyDonors(id));

        Assert.Contains(nameof(NotifyDonors.Id), early.Errors.Keys);
        Assert.Equal(new DonorNoticeResult(1, null), again);
        Assert.Equal(2, smtp.ReceivedEmailCount);
    }

    public async ValueTask DisposeAsync()
    {
        smtp.Dispose();
        await app.DisposeAsync();
    }
}
