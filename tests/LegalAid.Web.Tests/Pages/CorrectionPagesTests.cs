using System.Net;
using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

/// <summary>The case page's corrections: forms one tap from the case, conflicts shown, voids struck through with reason and who.</summary>
public sealed class CorrectionPagesTests : WebTest
{
    private int caseId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var clientId = await Client.RegisterClientAsync();
        caseId = await Client.OpenCaseAsync(clientId, ApiJson.EarlyOpening);
    }

    [Fact]
    public async Task TheUntouchedConsultationForm_SavesNothing_AndNamesWhatIsMissing()
    {
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");

        Assert.Empty(form.QuerySelectorAll("input[name='Input.Actions']:checked"));
        Assert.Equal(string.Empty, form.QuerySelector("select[name='Input.Channel'] option:checked")?.GetAttribute("value") ?? string.Empty);
        Assert.Equal("6", form.QuerySelector("input[name='Input.CategoryIds']:checked")!.GetAttribute("value"));
        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string>());

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Опишите консультацию или отметьте хотя бы одно действие.", HtmlPage.ErrorFor(page, "Input.Summary"));
        Assert.NotEmpty(HtmlPage.ErrorFor(page, "Input.Channel")!);
        Assert.NotEmpty(HtmlPage.ErrorFor(page, "Input.DurationMinutes")!);
        Assert.Empty((await (await Client.GetAsync($"/api/v1/cases/{caseId}/consultations")).ReadAsync()).AsArray());
    }

    [Fact]
    public async Task AStaleConsultationEdit_ShowsTheConflict_AndKeepsTheOtherCorrection()
    {
        var id = await LogAsync("Первичная консультация");
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var link = casePage.QuerySelector($"#consultation-{id} a[href$='/consultations/{id}']")!.GetAttribute("href")!;
        var myForm = await HtmlPage.GetAsync(Client, link);
        await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{id}", new { version = 0, channel = "Phone", durationMinutes = 10, summary = "Правка координатора" });

        var response = await HtmlPage.SubmitAsync(Client, myForm, new Dictionary<string, string> { ["Input.Summary"] = "Моя правка" }, "#edit-form");

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Запись изменил кто-то другой", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Правка координатора", (string?)(await (await Client.GetAsync($"/api/v1/cases/{caseId}/consultations")).ReadAsync())[0]!["summary"]);
    }

    [Fact]
    public async Task AReferralsResultRecordedMeanwhile_IsShownAsAConflict_NotOverwritten()
    {
        var referralId = await ReferAsync();
        var myPage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals/{referralId}/result", new { version = 0, result = "Helped" });

        var response = await HtmlPage.SubmitAsync(Client, myPage, new Dictionary<string, string> { ["ReferralResult.Result"] = "Declined" }, $"#referral-result-{referralId}");

        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Запись изменил кто-то другой", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Helped", (string?)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["referrals"]![0]!["result"]);
    }

    [Fact]
    public async Task AReferralsResultNote_IsShownBesideTheReferralsOwnNote_NotInsteadOfIt()
    {
        var referralId = await ReferAsync("Паспортту калыбына келтирүү үчүн");
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");

        var page = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(
            Client, casePage, new Dictionary<string, string> { ["ReferralResult.Result"] = "Helped", ["ReferralResult.Note"] = "Элчилик убактылуу күбөлүк берди" }, $"#referral-result-{referralId}"));

        var shown = page.QuerySelector("#referrals")!.TextContent;
        Assert.Contains("Паспортту калыбына келтирүү үчүн", shown, StringComparison.Ordinal);
        Assert.Contains("Примечание к результату: Элчилик убактылуу күбөлүк берди", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReferralsResultLeftUnchosen_IsRefusedBesideTheField_KeepingTheNoteTyped()
    {
        var referralId = await ReferAsync();
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");

        var response = await HtmlPage.SubmitAsync(Client, casePage, new Dictionary<string, string> { ["ReferralResult.Note"] = "Инспекция жооп берди: ңөү" }, $"#referral-result-{referralId}");

        var page = await HtmlPage.ParseAsync(response);
        Assert.NotEmpty(HtmlPage.ErrorFor(page, "ReferralResult.Result")!);
        Assert.Equal("Инспекция жооп берди: ңөү", page.QuerySelector($"#result-note-{referralId}")!.GetAttribute("value"));
        Assert.Equal("Pending", (string?)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["referrals"]![0]!["result"]);
    }

    [Fact]
    public async Task AReferralsDateCleared_IsRefusedNamingTheDate_AndNothingIsSaved()
    {
        var referralId = await ReferAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/referrals/{referralId}");
        var referredOn = (string?)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["referrals"]![0]!["referredOn"];

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.ReferredOn"] = "", ["Input.Note"] = "Исправлено" }, "#edit-form");

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("Заполните поле «Дата направления».", HtmlPage.ErrorFor(page, "Input.ReferredOn"));
        var referral = (await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["referrals"]![0]!;
        Assert.Equal((referredOn, (string?)null), ((string?)referral["referredOn"], (string?)referral["note"]));
    }

    [Fact]
    public async Task ASecondClickOnDone_SaysTheDeadlineIsDone_NotThatSomeoneChangedIt()
    {
        var id = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CallBack", dueOn = "2026-12-03" })).CreatedIdAsync();
        var casePage = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var doneForm = $"form[action*='handler=CompleteDeadline'][action*='deadlineId={id}']";

        var first = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, casePage, new Dictionary<string, string>(), doneForm));
        var second = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, casePage, new Dictionary<string, string>(), doneForm));

        Assert.Null(first.QuerySelector(".validation-summary-errors"));
        Assert.Equal("Срок уже отмечен как выполненный.", second.QuerySelector(".validation-summary-errors li")!.TextContent.Trim());
        Assert.True((bool)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["deadlines"]![0]!["isDone"]!);
    }

    [Fact]
    public async Task AVoidedConsultation_LeavesTheTimeline_AndIsShownStruckThroughWithReasonAndWho_WhereTheNoticeSaysSo()
    {
        await LogAsync("Оставить");
        var wrong = await LogAsync("Записана не в то дело");
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/{wrong}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string>(), "#void-form"));
        var voided = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Void.Reason"] = "Консультация Өмүрбекова, не этого клиента" }, "#void-form"));

        Assert.NotEmpty(HtmlPage.ErrorFor(refused, "Void.Reason")!);
        var notice = voided.QuerySelector("#done")!;
        Assert.Equal("Запись аннулирована: она осталась в деле зачёркнутой, с причиной.", notice.TextContent.Trim());
        Assert.Equal("timeline", notice.PreviousElementSibling!.Id);
        Assert.Null((await HtmlPage.GetAsync(Client, $"/Cases/{caseId}")).QuerySelector($"#consultation-{wrong}"));
        var item = voided.QuerySelector($"#consultation-{wrong}")!;
        Assert.Contains("voided", item.ClassList);
        Assert.NotNull(item.QuerySelector(".text-decoration-line-through"));
        Assert.Contains("Консультация Өмүрбекова, не этого клиента", item.QuerySelector(".void-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Тест Lawyer 1", item.QuerySelector(".voided-note")!.TextContent, StringComparison.Ordinal);
        Assert.Null(item.QuerySelector("a[href*='/consultations/']"));
    }

    [Fact]
    public async Task ClosingWithAHearingAhead_AsksToTickTheConfirmation()
    {
        var today = (string)(await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["today"]!;
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today, dueAt = "15:00:00", place = "Мещанский районный суд, зал 5" });
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close");
        Assert.Contains("Мещанский районный суд, зал 5", form.QuerySelector("#upcoming-hearings")!.TextContent, StringComparison.Ordinal);

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Outcome"] = "AdviceOnly" }));
        var closed = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Outcome"] = "AdviceOnly", ["Input.ConfirmUpcomingHearing"] = "true" }));

        Assert.Contains("судебное заседание", HtmlPage.ErrorFor(refused, "Input.ConfirmUpcomingHearing"), StringComparison.Ordinal);
        Assert.Contains("Закрыто", closed.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingWithNoOutcome_ADateBeforeTheOpening_AndAHearingAhead_SaysAllThreeAtOnce()
    {
        var today = (string)(await (await Client.GetAsync("/api/v1/desk")).ReadAsync())["today"]!;
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today, dueAt = "15:00:00" });
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.ClosedOn"] = "2001-01-01" }));

        Assert.Equal("Выберите результат дела.", HtmlPage.ErrorFor(refused, "Input.Outcome"));
        var openedOn = await Factory.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.OpenedOn).SingleAsync());
        Assert.Equal($"Дело открыто {openedOn:dd.MM.yyyy}: дата закрытия не может быть раньше.", HtmlPage.ErrorFor(refused, "Input.ClosedOn"));
        Assert.Contains("судебное заседание", HtmlPage.ErrorFor(refused, "Input.ConfirmUpcomingHearing"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingWithAnUnusualAmountRecovered_AsksToConfirmIt_AndKeepsTheAmount()
    {
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close");
        Assert.Null(form.QuerySelector("#Input_ConfirmAmountRecovered"));
        var typo = new Dictionary<string, string> { ["Input.Outcome"] = "ResolvedInFavour", ["Input.AmountRecovered"] = "999999999" };

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, typo));
        var closed = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, refused, new Dictionary<string, string>(typo) { ["Input.ConfirmAmountRecovered"] = "true" }));

        Assert.StartsWith("Проверьте сумму", HtmlPage.ErrorFor(refused, "Input.ConfirmAmountRecovered"), StringComparison.Ordinal);
        Assert.Equal("999999999", ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#Input_AmountRecovered")!).Value);
        Assert.Contains("Закрыто", closed.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeadline_IsCorrectedOnItsPage_AndShowsItsTimeAndPlaceOnTheCase()
    {
        var id = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = "2026-12-01" })).CreatedIdAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/deadlines/{id}");

        var saved = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.DueAt"] = "10:30", ["Input.Place"] = "Таганский районный суд, зал 12" }, "#edit-form");

        var casePage = await HtmlPage.ParseAsync(saved);
        var item = casePage.QuerySelector("#deadlines li")!.TextContent;
        Assert.Contains("10:30", item, StringComparison.Ordinal);
        Assert.Contains("Таганский районный суд, зал 12", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedVoid_LeavesTheEditFormAsSaved_WhoseSaveStillSaves()
    {
        var id = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = "2026-12-01", place = "Таганский районный суд" })).CreatedIdAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/deadlines/{id}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Void.Reason"] = "" }, "#void-form"));
        var saved = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, refused, new Dictionary<string, string> { ["Input.DueAt"] = "10:30" }, "#edit-form"));

        Assert.Equal("Таганский районный суд", ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#Input_Place")!).Value);
        Assert.Contains("10:30", saved.QuerySelector("#deadlines li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedCorrection_LeavesTheVoidFormAtTheRecordsVersion()
    {
        var id = await LogAsync("Консультация по трудовому договору");
        await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/{id}"), new Dictionary<string, string> { ["Input.DurationMinutes"] = "20" }, "#edit-form");
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/{id}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.DurationMinutes"] = "0" }, "#edit-form"));
        await HtmlPage.SubmitAsync(Client, refused, new Dictionary<string, string> { ["Void.Reason"] = "Записана не в то дело" }, "#void-form");

        Assert.True(await Factory.InDatabaseAsync(db => db.Consultations.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.VoidedAtUtc != null).SingleAsync()));
    }

    [Fact]
    public async Task AVoidedDocument_LeavesItsNameStruckThrough_WithoutALink()
    {
        var id = await (await Client.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("паспорт Рахмонова.pdf"))).CreatedIdAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/documents/{id}/void");

        await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Void.Reason"] = "Паспорт другого клиента" }, "#void-form");

        var shown = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}?voided=true");
        var item = shown.QuerySelector("#documents li.voided")!;
        Assert.Equal("паспорт Рахмонова.pdf", item.QuerySelector("del")!.TextContent);
        Assert.Null(item.QuerySelector($"a[href$='/documents/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/Cases/{caseId}/documents/{id}")).StatusCode);
    }

    private async Task<int> LogAsync(string summary) =>
        await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary })).CreatedIdAsync();

    private async Task<int> ReferAsync(string? note = null)
    {
        var partnerId = await Factory.InDatabaseAsync(async db =>
        {
            var partner = new Domain.Partners.PartnerOrganisation("Трудовая инспекция", "Эмгек инспекциясы", "Labour inspectorate", null);
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        return await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { partnerId, note })).CreatedIdAsync();
    }
}
