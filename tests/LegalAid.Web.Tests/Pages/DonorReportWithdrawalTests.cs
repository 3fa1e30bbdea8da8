using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using MimeKit;
using netDumbster.smtp;

namespace LegalAid.Web.Tests.Pages;

/// <summary>
/// Publishing and withdrawing a donor report end to end, on the page and over the API, with a real SMTP server on a
/// local port: the donor who was e-mailed the report is e-mailed the withdrawal, and loses the report.
/// </summary>
public sealed class DonorReportWithdrawalTests : IAsyncLifetime
{
    private const string Reason = "Ошибка в данных Казани, таблица 3: Үсөнбаев ң ө ү";

    private readonly SimpleSmtpServer smtp = SimpleSmtpServer.Start();
    private LegalAidFactory factory = null!;

    public async ValueTask InitializeAsync()
    {
        factory = new LegalAidFactory(new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "LegalAid <reports@legalaid.test>",
        });
        await factory.SeedAccountsAsync();
    }

    [Fact]
    public async Task OnThePage_PublishingIsConfirmed_AndAWithdrawalNeedsAReason_ThenTellsTheDonor()
    {
        using var programme = await factory.SignInAsync(LegalAidFactory.Programme);
        using var donor = await factory.SignInAsync(LegalAidFactory.Donor);
        var id = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Первый квартал" })).CreatedIdAsync();

        var confirm = await HtmlPage.GetAsync(programme, $"/Reports?confirmPublish={id}");
        Assert.Equal(0, smtp.ReceivedEmailCount);
        using var publishing = await HtmlPage.SubmitAsync(programme, confirm, new Dictionary<string, string>(), "#confirm-publish form");
        var published = await HtmlPage.ParseAsync(publishing);
        Assert.Contains("1", published.QuerySelector("#published")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Get, publishing.RequestMessage!.Method);
        Assert.Null((await HtmlPage.GetAsync(programme, "/Reports")).QuerySelector("#published"));
        Assert.Equal("Отправлен по почте донорам: 1", published.QuerySelector($"#report-{id} .emailed")!.TextContent);
        Assert.Equal("Разослать донорам, не получившим его", published.QuerySelector($"#report-{id} form[action*=Notify] button")!.TextContent);
        var followedUp = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, published, new Dictionary<string, string>(), $"#report-{id} form[action*=Notify]"));
        Assert.Equal("Все действующие доноры уже получили этот отчёт по почте", followedUp.QuerySelector("#published")!.TextContent.Trim());
        Assert.Equal(1, smtp.ReceivedEmailCount);
        Assert.Equal(HttpStatusCode.OK, (await donor.GetAsync($"/Reports/{id}/file")).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(donor, $"/Reports?confirmWithdraw={id}")).QuerySelector("#confirm-withdraw"));
        Assert.NotNull((await HtmlPage.GetAsync(programme, $"/Reports?confirmWithdraw={id}")).QuerySelector("#confirm-withdraw"));

        var withdraw = await HtmlPage.GetAsync(programme, followedUp.QuerySelector($"#report-{id} a[href*=confirmWithdraw]")!.GetAttribute("href")!);
        var noReason = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, withdraw, new Dictionary<string, string> { ["Reason"] = " " }, "#confirm-withdraw form"));
        Assert.Equal("Заполните поле «Причина».", HtmlPage.ErrorFor(noReason, "Reason"));
        Assert.Contains("Опубликован", noReason.QuerySelector($"#report-{id}")!.TextContent, StringComparison.Ordinal);

        var withdrawn = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, noReason, new Dictionary<string, string> { ["Reason"] = Reason }, "#confirm-withdraw form"));

        Assert.Contains("Отчёт отозван", withdrawn.QuerySelector("#withdrawn")!.TextContent, StringComparison.Ordinal);
        Assert.Null(withdrawn.QuerySelector("#confirm-withdraw"));
        Assert.Contains(Reason, withdrawn.QuerySelector($"#report-{id} .withdrawal-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Reason, WithdrawalNoticeTo(LegalAidFactory.Donor).TextBody, StringComparison.Ordinal);
        var toldAgain = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, withdrawn, new Dictionary<string, string>(), $"#report-{id} form[action*=Notify]"));
        Assert.Equal("Все доноры, получившие отчёт, уже уведомлены об отзыве", toldAgain.QuerySelector("#withdrawn")!.TextContent.Trim());
        Assert.Equal(2, smtp.ReceivedEmailCount);
        var donorsPage = await HtmlPage.GetAsync(donor, "/Reports");
        var donorsRow = donorsPage.QuerySelector($"#report-{id}")!;
        Assert.Contains("Опубликованные отчёты", donorsPage.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        using var admin = await factory.SignInAsync(LegalAidFactory.Admin);
        Assert.Contains("Архив отчётов", (await HtmlPage.GetAsync(admin, "/Reports")).QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Отозван", donorsRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(Reason, donorsRow.QuerySelector(".withdrawal-reason")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(LegalAidFactory.Programme, donorsRow.TextContent, StringComparison.Ordinal);
        Assert.Null(donorsRow.QuerySelector("a[href$='/file']"));
        Assert.Equal(HttpStatusCode.NotFound, (await donor.GetAsync($"/Reports/{id}/file")).StatusCode);
    }

    [Fact]
    public async Task OverTheApi_AWithdrawalNeedsAReasonAndTheVersion_ThenTheDonorGets404AndAnEmail()
    {
        using var programme = await factory.SignInAsync(LegalAidFactory.Programme);
        using var donor = await factory.SignInAsync(LegalAidFactory.Donor);
        var id = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Q1 2026" })).CreatedIdAsync();
        var published = await (await programme.PostAsJsonAsync($"/api/v1/reports/{id}/publish", new { version = 0 })).ReadAsync();

        using var noReason = await programme.PostAsJsonAsync($"/api/v1/reports/{id}/withdraw", new { version = 1 });
        using var stale = await programme.PostAsJsonAsync($"/api/v1/reports/{id}/withdraw", new { version = 0, reason = Reason });
        using var byDonor = await donor.PostAsJsonAsync($"/api/v1/reports/{id}/withdraw", new { version = 1, reason = Reason });
        var withdrawn = await (await programme.PostAsJsonAsync($"/api/v1/reports/{id}/withdraw", new { version = 1, reason = Reason })).ReadAsync();

        Assert.Equal(1, (int)published["notified"]!);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull((await noReason.ReadAsync())["errors"]!["reason"]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDonor.StatusCode);
        Assert.Equal(1, (int)withdrawn["notified"]!);
        Assert.Contains(Reason, WithdrawalNoticeTo(LegalAidFactory.Donor).TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await donor.GetAsync($"/api/v1/reports/{id}.pdf")).StatusCode);
        var donorsEntry = (await (await donor.GetAsync("/api/v1/reports")).ReadAsync()).AsArray().Single(r => (int)r!["id"]! == id)!;
        Assert.Equal((Reason, false, null), ((string?)donorsEntry["withdrawalReason"], (bool)donorsEntry["downloadable"]!, (string?)donorsEntry["withdrawnBy"]));
        var archived = (await (await programme.GetAsync("/api/v1/reports")).ReadAsync()).AsArray().Single(r => (int)r!["id"]! == id)!;
        Assert.Equal(Reason, (string)archived["withdrawalReason"]!);
    }

    private MimeMessage WithdrawalNoticeTo(string donor) =>
        smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
            .Single(m => !m.Attachments.Any() && m.To.Mailboxes.Any(to => to.Address == donor));

    public async ValueTask DisposeAsync()
    {
        smtp.Dispose();
        await factory.DisposeAsync();
    }
}
