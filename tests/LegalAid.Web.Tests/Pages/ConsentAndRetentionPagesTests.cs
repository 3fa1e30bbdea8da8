using System.Net.Http.Json;
using System.Globalization;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

/// <summary>A lawyer records that a client withdrew their consent; the client is flagged wherever shown; the administrator anonymises them from the retention page.</summary>
public sealed class ConsentAndRetentionPagesTests : WebTest
{
    private static readonly Dictionary<string, string> Confirmed = new() { ["WithdrawalConfirmed"] = "true" };

    private int clientId;
    private int caseId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await Client.RegisterClientAsync();
        caseId = await Client.OpenCaseAsync(clientId);
    }

    [Fact]
    public async Task AWithdrawnConsent_FlagsTheClientOnEveryPage_ThenTheRetentionPageAnonymisesThem_AndTheirCaseOffersOnlyItsClosing()
    {
        var details = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");
        Assert.Null(details.QuerySelector(".client-flag"));
        Assert.NotNull(details.QuerySelector($"a[href^='/Cases/Open']"));

        var withdrawn = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, details, Confirmed, "#consent form"));

        Assert.EndsWith($"/Clients/{clientId}", withdrawn.Url, StringComparison.Ordinal);
        Assert.Null(withdrawn.QuerySelector("#consent"));
        Assert.Null(withdrawn.QuerySelector($"a[href^='/Cases/Open']"));
        Assert.StartsWith("Отозвано ", withdrawn.QuerySelector("#consent-withdrawn")!.TextContent, StringComparison.Ordinal);
        foreach (var url in new[] { $"/Clients/{clientId}", "/Clients?query=Үсөнбаев", "/Cases", $"/Cases/{caseId}" })
        {
            var flag = (await HtmlPage.GetAsync(Client, url)).QuerySelector(".client-flag[data-flag=no-consent]");
            Assert.True(flag is not null, $"{url} does not flag the client");
            Assert.StartsWith("Нет согласия: отозвано", flag.TextContent, StringComparison.Ordinal);
        }

        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var retention = await HtmlPage.GetAsync(admin, "/Admin/Retention");
        var row = retention.QuerySelector("#due-clients tbody tr")!.TextContent;
        Assert.Contains(clientId.ToString(System.Globalization.CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Contains("Согласие отозвано", row, StringComparison.Ordinal);
        Assert.Contains("Дело открыто", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Үсөнбаев", retention.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var anonymise = await HtmlPage.SubmitAsync(admin, retention, new Dictionary<string, string>(), "main form[method=post]");
        var done = await HtmlPage.ParseAsync(anonymise);

        Assert.Matches(@"^/Admin/Retention\?anonymised=1&records=\d+$", anonymise.RequestMessage!.RequestUri!.PathAndQuery);

        Assert.StartsWith("Обезличено клиентов: 1;", done.QuerySelector("#anonymised")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("#due-clients"));
        var anonymised = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");
        Assert.Equal($"Клиент № {clientId} (данные обезличены)", anonymised.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim());
        Assert.NotNull(anonymised.QuerySelector(".client-flag[data-flag=anonymised]"));
        Assert.DoesNotContain("Үсөнбаев", anonymised.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(anonymised.QuerySelector($"a[href='/Clients/{clientId}/edit']"));
        Assert.StartsWith("Данные клиента обезличены ", anonymised.QuerySelector("#anonymised-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(anonymised.QuerySelector("#consent-withdrawn"));
        var editDiverted = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}/edit");
        Assert.EndsWith($"/Clients/{clientId}", editDiverted.Url, StringComparison.Ordinal);
        Assert.NotNull(editDiverted.QuerySelector("#anonymised-notice"));
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        Assert.Equal($"Клиент № {clientId} (данные обезличены)", casePage.QuerySelector($"main a[href='/Clients/{clientId}']")!.TextContent.Trim());
        Assert.StartsWith("Данные клиента обезличены: дело можно только закрыть", casePage.QuerySelector("#only-ends-work")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/Cases/{caseId}/close"], casePage.QuerySelectorAll($"main a[href^='/Cases/{caseId}/']").Select(a => a.GetAttribute("href")));
        Assert.Empty(casePage.QuerySelectorAll("main form[method=post]"));
        foreach (var form in new[] { "edit", "consultations/new", "reopen" })
        {
            var diverted = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/{form}");
            Assert.True(diverted.Url.EndsWith($"/Cases/{caseId}", StringComparison.Ordinal), $"/Cases/{caseId}/{form} shows {diverted.Url}");
            Assert.NotNull(diverted.QuerySelector("#only-ends-work"));
        }

        var closePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close");
        Assert.Null(closePage.QuerySelector("textarea"));
        var closed = await HtmlPage.SubmitAsync(Client, closePage, new Dictionary<string, string> { ["Input.Outcome"] = "ClientStoppedContact" });
        Assert.Equal($"/Cases/{caseId}", closed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Closed", await Factory.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status.ToString()).SingleAsync()));
        Assert.Equal("Данные клиента обезличены: дело закрыто и больше не меняется.", (await HtmlPage.ParseAsync(closed)).QuerySelector("#only-ends-work")!.TextContent.Trim());
    }

    [Fact]
    public async Task ARequestThatNeverFoundAClient_SettledBeforeTheRetentionPeriod_IsListedThenForgotten_AndItsAuditLineReads()
    {
        var transferId = await (await Client.PostAsJsonAsync("/api/v1/transfers/requests", new { centreCode = "KZN", familyName = "Тестов", givenName = "Азамат" })).CreatedIdAsync();
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        (await kazan.PostAsJsonAsync($"/api/v1/transfers/{transferId}/decline", new { version = 0, reason = "Нет такого." })).EnsureSuccessStatusCode();
        await Factory.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE ClientTransfers SET DecidedAtUtc = '2019-01-01 10:00:00' WHERE Id = {transferId}"));
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Admin/Retention");
        await HtmlPage.SubmitAsync(admin, page, new Dictionary<string, string>(), "form[action*='handler=Anonymise']");
        var audit = (await HtmlPage.GetAsync(admin, "/Audit?entityType=ClientTransfer&action=Anonymised")).QuerySelector("#audit-entries tbody tr")!.TextContent;

        Assert.StartsWith("Запросов о переводе, так и не нашедших клиента и закрытых до ", page.QuerySelector("#requests-due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(": 1. Из них будут удалены", page.QuerySelector("#requests-due")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await Factory.InDatabaseAsync(db => db.ClientTransfers.Where(t => t.Id == transferId).Select(t => t.Sought).SingleAsync()));
        Assert.Contains("Решение по запросу: 01.01.2019", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientNumberThatIsNotANumber_IsRefusedOnTheErasurePage()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Admin/Erase?clientId=abc");

        Assert.Equal("#ClientId", page.QuerySelector("#error-summary a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("input#ClientId[name=clientId]"));
        Assert.Null(page.QuerySelector("#erase-preview"));
    }

    [Fact]
    public async Task TheErasurePreview_ShowsWhenConsentWasGiven_AndAsksForTheReasonItsErrorNames()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var preview = await HtmlPage.GetAsync(admin, $"/Admin/Erase?clientId={clientId}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, preview, new Dictionary<string, string> { ["Input.Confirmed"] = "true" }, "#erase-form"));

        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4}$", preview.QuerySelector("#erase-consent")!.TextContent.Trim());
        Assert.Equal("Причина удаления *", refused.QuerySelector("label[for=Input_Reason]")!.TextContent.Trim());
        Assert.Equal("Заполните поле «Причина».", HtmlPage.ErrorFor(refused, "Input.Reason"));
        Assert.Equal("Введите номер клиента — целое число от 1.", (await HtmlPage.GetAsync(admin, "/Admin/Erase?clientId=0")).QuerySelector("#error-summary a")!.TextContent.Trim());
    }

    [Fact]
    public async Task AClientNumberNoClientHas_IsRefusedBesideTheField_AsTyped()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Admin/Erase?clientId=99999");

        Assert.Equal("Клиента с номером 99999 нет. Проверьте номер, который назвал юрист.", page.QuerySelector("#error-summary a[href='#ClientId']")?.TextContent.Trim());
        Assert.Equal("99999", page.QuerySelector("input#ClientId")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#erase-preview"));
    }

    [Fact]
    public async Task TheWithdrawalsDate_ShowsTodayAtTheClientsCentre_SoThatWhatIsSavedIsWhatWasSeen()
    {
        var before = MoscowToday();

        var details = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");

        var shown = DateOnly.Parse(details.QuerySelector("#consent input[name='Withdrawal.ConsentWithdrawnOn']")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        Assert.InRange(shown, before, MoscowToday());
    }

    private static DateOnly MoscowToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Moscow"));

    [Fact]
    public async Task AWithdrawalDatedBeforeTheConsent_IsRefusedBesideTheDate()
    {
        var details = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(
            Client, details, new Dictionary<string, string>(Confirmed) { ["Withdrawal.ConsentWithdrawnOn"] = "2020-01-01" }, "#consent form"));

        var givenOn = await Factory.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Consent.GivenOn).SingleAsync());
        Assert.Equal($"Согласие дано {givenOn:dd.MM.yyyy}: отозвать его раньше нельзя.", HtmlPage.ErrorFor(refused, "Withdrawal.ConsentWithdrawnOn"));
        Assert.Null(await Factory.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.ConsentWithdrawnOn).SingleAsync()));
    }

    [Fact]
    public async Task AWithdrawalNotConfirmed_IsRefusedBesideTheTickBox_AndRecordsNothing()
    {
        var details = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, details, new Dictionary<string, string>(), "#consent form"));

        Assert.Equal("Подтвердите, что клиент сам отозвал согласие.", HtmlPage.ErrorFor(refused, "WithdrawalConfirmed"));
        Assert.NotNull(refused.QuerySelector("#consent input[name=WithdrawalConfirmed]"));
        Assert.Null(await Factory.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.ConsentWithdrawnOn).SingleAsync()));
    }
}
