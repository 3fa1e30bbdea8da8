using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task AReportOverlappingOnePublishedWithoutMatchingIt_IsRefused_WhileItsOtherEditionsAndOtherPeriodsAreNot()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var january = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "en", "January");
        var twoMonths = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), "en", "January and February");
        var moscowJanuary = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "en", "Moscow, January", [TestApp.Moscow]);
        var russianJanuary = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "ru", "Январь");
        var february = await GenerateAsync(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), "en", "February");
        var toTenthOfMarch = await GenerateAsync(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 10), "en", "February to 10 March");
        await App.SendAsync(new PublishDonorReport(january, Version: 0));

        var longer = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PublishDonorReport(twoMonths, Version: 0)));
        var narrower = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PublishDonorReport(moscowJanuary, Version: 0)));
        var comparedWithJanuary = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PublishDonorReport(toTenthOfMarch, Version: 0)));
        await App.SendAsync(new PublishDonorReport(russianJanuary, Version: 0));
        await App.SendAsync(new PublishDonorReport(february, Version: 0));

        Assert.All(new[] { longer, narrower, comparedWithJanuary }, refused => Assert.StartsWith("Уже опубликован отчёт «January»", Assert.Single(refused.Errors[string.Empty]), StringComparison.Ordinal));
        const string EveryCentre = "по центрам: Центр поддержки мигрантов — Москва, Центр поддержки мигрантов — Казань, Центр поддержки мигрантов — Челябинск";
        Assert.Matches($"в нём — период [^;]+ {EveryCentre}; в этом — период [^с][^;]+ {EveryCentre}\\.", Assert.Single(longer.Errors[string.Empty]));
        Assert.Matches($"в нём — период [^;]+ {EveryCentre}; в этом — период [^;]+ по центрам: Центр поддержки мигрантов — Москва\\.", Assert.Single(narrower.Errors[string.Empty]));
        Assert.Matches($"в нём — период [^;]+ {EveryCentre}; в этом — период сравнения ", Assert.Single(comparedWithJanuary.Errors[string.Empty]));
        Assert.Equal(
            [(january, true), (twoMonths, false), (moscowJanuary, false), (russianJanuary, true), (february, true), (toTenthOfMarch, false)],
            await App.InDatabaseAsync(db => db.DonorReports.OrderBy(r => r.Id).Select(r => new ValueTuple<int, bool>(r.Id, r.PublishedAtUtc != null)).ToListAsync()));
    }

    [Fact]
    public async Task AReportOverlappingOnePublished_IsRefusedWhenAskedFor_AndNothingIsArchived_WhileTheSamePeriodInAnotherLanguageIsNot()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        await App.SendAsync(new PublishDonorReport(await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "en", "January"), Version: 0));
        var archived = await App.InDatabaseAsync(db => db.DonorReports.CountAsync());

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), "en", "January and February"));

        Assert.Matches("^Уже опубликован отчёт «January», и его цифры пересекались бы с цифрами такого отчёта: в нём — период [^;]+; в этом — период ", Assert.Single(refused.Errors[string.Empty]));
        Assert.Equal(archived, await App.InDatabaseAsync(db => db.DonorReports.CountAsync()));
        Assert.True(await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "ru", "Январь") > 0);
    }

    [Fact]
    public async Task APublicationAtTheSameMomentAsAnOverlappingOne_WaitsForIt_AndIsRefused()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var january = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "en", "January");
        var twoMonths = await GenerateAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), "en", "January and February");
        await using var other = App.CreateScope();
        var otherDb = other.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        await using var publishingJanuary = await otherDb.Database.BeginTransactionAsync();
        await otherDb.DonorReports.Where(r => r.Id == january).ExecuteUpdateAsync(s => s.SetProperty(r => r.PublishedAtUtc, DateTime.UtcNow));

        var meanwhile = App.SendAsync(new PublishDonorReport(twoMonths, Version: 0));
        // Time for a publication that checked outside the transaction to read the archive before January commits.
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await publishingJanuary.CommitAsync();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => meanwhile);
        Assert.StartsWith("Уже опубликован отчёт «January»", Assert.Single(refused.Errors[string.Empty]), StringComparison.Ordinal);
        Assert.Null(await App.InDatabaseAsync(db => db.DonorReports.Where(r => r.Id == twoMonths).Select(r => r.PublishedAtUtc).SingleAsync()));
    }

    private Task<int> GenerateAsync(DateOnly from, DateOnly to, string language, string title, int[]? centres = null) =>
        App.SendAsync(new GenerateDonorReport { From = from, To = to, Language = language, Title = title, Centre = centres });
}
