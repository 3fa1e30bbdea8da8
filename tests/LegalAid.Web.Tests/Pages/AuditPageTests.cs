using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LegalAid.Application.Audit.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

/// <summary>
/// The audit page and its file as administrators and coordinators read them: who did what and when for everyone,
/// a client's personal values only for their centre's coordinator and only while the client's key exists.
/// </summary>
public sealed class AuditPageTests : WebTest
{
    /// <summary>What the trail holds of the client: names in both scripts, the phone before and after, the birth date, the search term.</summary>
    private static readonly string[] Personal = ["Үсөнбаев", "Нурлан", "Өмүрбекович", "Usonbaev", "+79161234567", "+79035550011", "1990-05-17", "17.05.1990", "Өмүрб"];

    private int clientId;
    private long updateId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        clientId = await Client.RegisterClientAsync();
        var body = JsonSerializer.SerializeToNode(ApiJson.NewClient())!.AsObject();
        body["version"] = (int)(await (await Client.GetAsync($"/api/v1/clients/{clientId}")).ReadAsync())["version"]!;
        body["phone"] = "+7 903 555-00-11";
        (await Client.PutAsJsonAsync($"/api/v1/clients/{clientId}", body)).EnsureSuccessStatusCode();
        (await Client.GetAsync($"/api/v1/clients?query={Uri.EscapeDataString("Өмүрб")}")).EnsureSuccessStatusCode();
        updateId = await Factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Updated && e.EntityType == "Client").Select(e => e.Id).SingleAsync());
    }

    [Fact]
    public async Task ASignInsOutcome_AndAListsFilters_ReadAsWords()
    {
        using var stranger = Factory.CreateClient();
        await LegalAidFactory.TrySignInAsync(stranger, LegalAidFactory.Donor, "not the password");
        (await Client.GetAsync($"/Cases?Status=Closed&LawyerId={Factory.LawyerOf[LegalAidFactory.Moscow]}&Sort=Number")).EnsureSuccessStatusCode();
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        (await coordinator.GetAsync("/api/v1/reports/centre-monthly.pdf?year=2026&month=1&language=ky")).EnsureSuccessStatusCode();
        (await coordinator.GetAsync($"/api/v1/statistics/export?from=2026-01-01&to=2026-03-31&centre={LegalAidFactory.Moscow}&table=Months&format=Xlsx")).EnsureSuccessStatusCode();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Audit?PageSize=100");

        var details = page.QuerySelectorAll("#audit-entries tbody tr").Select(row => row.QuerySelectorAll("td")[4].TextContent.Trim()).ToList();
        var records = page.QuerySelectorAll("#audit-entries tbody tr").Select(row => row.QuerySelectorAll("td")[3].TextContent.Trim()).ToList();
        Assert.Contains("Неверный адрес или пароль", details);
        Assert.Contains("Вход выполнен", details);
        Assert.Contains(details, d => d.Contains("Статус: Закрыто; Юрист: Тест Lawyer 1; Сортировка: По номеру; Страница: 1", StringComparison.Ordinal));
        Assert.Contains("Месяц: январь 2026; Язык: Кыргызский", details);
        Assert.Contains(details, d => d.EndsWith("Центр: Центр поддержки мигрантов — Москва; Таблица: По месяцам; Формат: Excel (XLSX)", StringComparison.Ordinal));
        Assert.DoesNotContain(details, d => d.Contains('{', StringComparison.Ordinal) || d is "Failed" or "Succeeded");
        Assert.Contains(records, r => r.EndsWith("По месяцам", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdministrator_SeesWhoDidWhatAndWhen_ButNoPersonalValue_OnThePageOrInTheFile()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Audit?PageSize=100");
        var file = await admin.GetStringAsync("/Audit?handler=Export");

        var table = page.QuerySelector("#audit-entries")!.TextContent;
        Assert.All(Personal, value => Assert.DoesNotContain(value, table, StringComparison.Ordinal));
        Assert.All(Personal, value => Assert.DoesNotContain(value, file, StringComparison.Ordinal));
        var update = page.QuerySelector($"#entry-{updateId}")!.TextContent;
        Assert.Contains(LegalAidFactory.LawyerMow, update, StringComparison.Ordinal);
        Assert.Contains("Телефон", update, StringComparison.Ordinal);
        Assert.Contains("Персональные данные скрыты", update, StringComparison.Ordinal);
        Assert.Contains("не персональные данные клиентов", page.QuerySelector("#audit-notes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinator_SeesTheirCentresValues_UntilTheClientIsErased()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var before = (await HtmlPage.GetAsync(coordinator, "/Audit?entityType=Client&action=Updated")).QuerySelector($"#entry-{updateId}")!.TextContent;

        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var form = await HtmlPage.GetAsync(admin, $"/Admin/Erase?clientId={clientId}");
        var erased = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(
            admin, form, new Dictionary<string, string> { ["Input.Reason"] = "Письменное заявление, вх. № 17", ["Input.Confirmed"] = "true" }, "#erase-form"));
        var after = await HtmlPage.GetAsync(coordinator, "/Audit?PageSize=100");

        Assert.Contains("+79161234567", before, StringComparison.Ordinal);
        Assert.Contains("+79035550011", before, StringComparison.Ordinal);
        Assert.All(Personal, value => Assert.DoesNotContain(value, form.QuerySelector("main")!.TextContent, StringComparison.Ordinal));
        Assert.Contains($"№ {clientId}", erased.QuerySelector("#erased")!.TextContent, StringComparison.Ordinal);
        Assert.All(Personal, value => Assert.DoesNotContain(value, after.QuerySelector("#audit-entries")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("уничтожены вместе с ключом клиента", after.QuerySelector($"#entry-{updateId}")!.TextContent, StringComparison.Ordinal);
        var erasure = await Factory.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Erased));
        var erasureRow = after.QuerySelector($"#entry-{erasure.Id}")!.TextContent;
        Assert.Contains(LegalAidFactory.Admin, erasureRow, StringComparison.Ordinal);
        Assert.Contains("Причина: Письменное заявление, вх. № 17", erasureRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedCase_ReadsAsItsPagesLabelItsFieldsAndChoices()
    {
        var caseId = await Client.OpenCaseAsync(clientId);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { version = 0, outcome = "ResolvedInFavour", amountRecovered = 1500.5m })).EnsureSuccessStatusCode();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var changes = await ChangesAsync(admin, $"/Audit?entityType=Case&entityId={caseId}&action=Updated");

        Assert.Contains("Статус: Открыто → изменено на Закрыто", changes);
        Assert.Contains("Результат: — → изменено на Решено в пользу клиента", changes);
        Assert.Contains("Взысканная сумма, ₽: 0,00 → изменено на 1 500,50", changes);
    }

    [Fact]
    public async Task AConsultationsFollowUp_ReadsAsItsPagesNameIt_ACallBackAddedOnItsOwnAsACallBack()
    {
        var caseId = await Client.OpenCaseAsync(clientId);
        var followUpOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок", followUpOn })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CallBack", dueOn = followUpOn })).EnsureSuccessStatusCode();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var changes = await ChangesAsync(admin, "/Audit?entityType=Deadline&action=Created");

        Assert.Equal(["Что: Перезвонить клиенту", "Что: Следующий контакт"], changes.Where(change => change.StartsWith("Что:", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task ANewCase_FoundByItsNumber_NamesEachOfItsAmounts_AndItsLawyer_ItsDaysInTheReadersFormat_AndNoEmptyField_TheExportKeepingIds()
    {
        var caseId = await Client.OpenCaseAsync(clientId);
        var number = await NumberOfAsync(caseId);
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var changes = await ChangesAsync(admin, $"/Audit?entityType=Case&entityId={number.ToLowerInvariant()}&action=Created");
        var records = (await HtmlPage.GetAsync(admin, $"/Audit?entityType=Case&entityId={caseId}&action=Created")).QuerySelectorAll("#audit-entries tbody tr td:nth-child(4)").Select(cell => string.Join(' ', cell.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

        Assert.Contains("Юрист: Тест Lawyer 1", changes);
        Assert.Contains($"Дело {number}", records);
        Assert.Contains(changes, change => change.StartsWith("Основная проблема: ", StringComparison.Ordinal) && !char.IsDigit(change[^1]));
        Assert.Contains($"AssignedLawyerId:  → {Factory.LawyerOf[LegalAidFactory.Moscow]}", await admin.GetStringAsync($"/Audit?handler=Export&entityType=Case&entityId={caseId}&action=Created"), StringComparison.Ordinal);
        Assert.Contains("Взысканная сумма, ₽: 0,00", changes);
        Assert.Contains("Взысканная сумма, ₽, валюта: RUB", changes);
        Assert.DoesNotContain(changes, change => change.Contains("MinorUnits", StringComparison.Ordinal) || change.Contains("LawyerId", StringComparison.Ordinal));
        Assert.Contains(changes, change => System.Text.RegularExpressions.Regex.IsMatch(change, @"^Дата открытия: \d\d\.\d\d\.\d{4}$"));
        Assert.DoesNotContain(changes, change => change.EndsWith(':'));
    }

    [Fact]
    public async Task ATransfersDecision_ReadsAsTheTransferPageLabelsIt_AtTheReadersCentresTime()
    {
        var caseId = await Client.OpenCaseAsync(clientId);
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        var transferId = await moscow.ProposeToKazanAsync(clientId, caseId);
        (await kazan.PostAsJsonAsync($"/api/v1/transfers/{transferId}/decline", new { version = 0, reason = "Нет мест." })).EnsureSuccessStatusCode();
        var decidedAtUtc = (DateTime)(await (await kazan.GetAsync($"/api/v1/transfers/{transferId}")).ReadAsync())["decidedAtUtc"]!;

        var changes = await ChangesAsync(kazan, $"/Audit?entityType=ClientTransfer&entityId={transferId}&action=Updated");

        var inKazan = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(decidedAtUtc, "Europe/Moscow").ToString("g", CultureInfo.GetCultureInfo("ru-RU"));
        Assert.Contains("Состояние: Предложен, ждёт принятия → изменено на Отклонён", changes);
        Assert.Contains($"Время решения: — → изменено на {inKazan}", changes);
        Assert.Contains(changes, change => change.StartsWith("Причина:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeletedRecord_ReadsAsWhatItHeld_NotAsAChange()
    {
        var (closed, moving) = (await Client.OpenCaseAsync(clientId), await Client.OpenCaseAsync(clientId));
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        var transferId = await moscow.ProposeToKazanAsync(clientId, closed, moving);
        (await Client.PostAsJsonAsync($"/api/v1/cases/{closed}/close", new { version = 0, outcome = "ResolvedInFavour" })).EnsureSuccessStatusCode();
        (await Factory.AcceptInKazanAsync(kazan, transferId, version: 0)).EnsureSuccessStatusCode();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var changes = await ChangesAsync(admin, "/Audit?entityType=TransferredCase&action=Deleted");

        Assert.Contains($"Дело: {await NumberOfAsync(closed)}", changes);
        Assert.DoesNotContain(changes, change => change.Contains("изменено на", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusal_ReadsAsWords_ItsRolesAndReasonNamed()
    {
        (await Client.GetAsync("/Statistics")).Dispose();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var row = (await HtmlPage.GetAsync(admin, "/Audit?action=AccessDenied")).QuerySelector("#audit-entries tbody tr")!.TextContent;

        Assert.Contains("Причина: роль этого не позволяет; Метод: GET; Нужна роль: Сотрудник программы, Координатор, Администратор", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusalsCentre_AndAnExportsLawyerAndStatus_ReadByName_AFilterLeftAtAllNotNamed()
    {
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        (await kazan.GetAsync($"/api/v1/clients/{clientId}")).Dispose();
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        (await coordinator.GetAsync($"/Exports?handler=Cases&status=Closed&lawyerId={Factory.LawyerOf[LegalAidFactory.Moscow]}&format=Csv")).EnsureSuccessStatusCode();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var refusal = (await HtmlPage.GetAsync(admin, "/Audit?action=AccessDenied&entityType=Client")).QuerySelector("#audit-entries tbody tr")!.TextContent;
        var export = (await HtmlPage.GetAsync(admin, "/Audit?action=Exported&entityType=Case")).QuerySelector("#audit-entries tbody tr")!.TextContent;

        Assert.Contains("Центр записи: Центр поддержки мигрантов — Москва", refusal, StringComparison.Ordinal);
        Assert.Contains("Статус: Закрыто; Юрист: Тест Lawyer 1; Формат: CSV; Строки: 0", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Открыты с", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchThatFoundNobody_ReadsAsSuch_KeepingNothingOfWhatWasSought()
    {
        (await Client.GetAsync("/Clients?phone=943%20679%2040%2022")).Dispose();
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var row = (await HtmlPage.GetAsync(admin, "/Audit?entityType=Client&action=Searched")).QuerySelector("#audit-entries tbody tr")!.TextContent;

        Assert.Contains("Страница: 1; Найдено в своём центре: 0", row, StringComparison.Ordinal);
        Assert.DoesNotContain("943", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountLockedByTheAdministrator_FoundByItsEmail_ReadsAsLockedIndefinitely()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerMow).Select(u => u.Id).SingleAsync());
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Accounts"), new Dictionary<string, string>(), $"form[action*='handler=Lock'][action*='{account}']");

        var page = await HtmlPage.GetAsync(admin, $"/Audit?entityType=Account&entityId={account}&action=Updated");
        var changes = await ChangesAsync(admin, $"/Audit?entityType=Account&entityId={Uri.EscapeDataString(LegalAidFactory.LawyerMow.ToUpperInvariant())}&action=Updated");

        Assert.Contains("Заблокирована до: — → изменено на бессрочно", changes);
        Assert.Equal($"Учётная запись {LegalAidFactory.LawyerMow}", page.QuerySelector("#audit-entries tbody tr")!.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task ANewAccount_ReadsAsItsPageLabelsIt_WithItsStaffMemberByName()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerMow).Select(u => u.Id).SingleAsync());

        var changes = await ChangesAsync(admin, $"/Audit?entityType=Account&entityId={account}&action=Created");

        Assert.Contains("Сотрудник: Тест Lawyer 1", changes);
        Assert.Contains("Почта подтверждена: Да", changes);
        Assert.Contains("Должен сменить пароль: Нет", changes);
        Assert.Contains("Центр: Центр поддержки мигрантов — Москва", changes);
        Assert.DoesNotContain(changes, change => change.Contains("StaffMemberId", StringComparison.Ordinal) || change.Contains("true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChangedRole_ReadsAsTheAccountsEmailAndTheRolesName_NotAsIds()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerKzn).Select(u => u.Id).SingleAsync());
        await HtmlPage.SubmitAsync(admin, await HtmlPage.GetAsync(admin, "/Admin/Accounts"), new Dictionary<string, string> { ["role"] = "Coordinator" }, $"form[action*='handler=Role'][action*='{account}']");

        var page = await HtmlPage.GetAsync(admin, "/Audit?entityType=AccountRole&action=Created");
        var changes = await ChangesAsync(admin, "/Audit?entityType=AccountRole&action=Created");

        Assert.Equal($"Роль учётной записи {LegalAidFactory.LawyerKzn}", page.QuerySelector("#audit-entries tbody tr")!.QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Contains($"Учётная запись: {LegalAidFactory.LawyerKzn}", changes);
        Assert.Contains("Роль: Координатор", changes);
        var accountChanges = await ChangesAsync(admin, $"/Audit?entityType=Account&entityId={account}&action=Updated");
        Assert.Contains("Метка безопасности: значение не хранится", accountChanges);
        Assert.DoesNotContain(accountChanges, change => change.Contains(AuditEntry.SecretMarker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACreatedRecord_ShowsItsRealId_AtTheTimeOfTheReadersCentre()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var created = await Factory.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Created && e.EntityType == "Client"));

        var page = await HtmlPage.GetAsync(coordinator, "/Audit?entityType=Client&action=Created");

        var row = page.QuerySelector($"#entry-{created.Id}")!;
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var id = row.QuerySelectorAll("td li").Single(li => li.TextContent.Trim().StartsWith("Номер записи:", StringComparison.Ordinal));
        var moscow = TimeZoneInfo.ConvertTimeFromUtc(created.OccurredAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        Assert.Equal(moscow.ToString("G", CultureInfo.GetCultureInfo("ru-RU")), cells[0]);
        Assert.Equal($"Клиент {clientId}", cells[3]);
        Assert.Equal($"Номер записи: {clientId}", string.Join(' ', id.TextContent.Replace("→", " → ", StringComparison.Ordinal).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Москва", page.QuerySelector("#audit-notes")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Клиент", "Консультация")]
    [InlineData("ky", "Кардар", "Кеңеш берүү")]
    [InlineData("en", "Client", "Consultation")]
    public async Task EntityTypes_AreChosenFromAListInTheReadersLanguage(string culture, string client, string consultation)
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, $"/Audit?culture={culture}&ui-culture={culture}");

        var options = page.QuerySelectorAll("select#entityType option").Where(o => o.GetAttribute("value") is { Length: > 0 }).ToList();
        Assert.Equal(AuditEntityTypes.All.Order(), options.Select(o => o.GetAttribute("value")!).Order());
        Assert.Equal(client, options.Single(o => o.GetAttribute("value") == "Client").TextContent);
        Assert.Equal(consultation, options.Single(o => o.GetAttribute("value") == "Consultation").TextContent);
    }

    [Fact]
    public async Task AnEntityTypeNotOnTheList_IsRefusedAboveAnEmptyTrail()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);

        var page = await HtmlPage.GetAsync(admin, $"/Audit?entityType={Uri.EscapeDataString("Кардар")}");

        Assert.NotEmpty(page.QuerySelectorAll(".validation-summary-errors li"));
        Assert.Null(page.QuerySelector("#audit-entries"));
    }

    [Fact]
    public async Task TheExportsEntry_RecordsEveryFilterUsed()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        // The filter's days are the reader's centre's: after 21:00 UTC it is already tomorrow in Moscow.
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Moscow").ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await HtmlPage.GetAsync(coordinator, $"/Audit?user=lawyer.mow&entityType=Client&entityId={clientId}&action=Updated&from=2026-01-01&to={today}");
        using var file = await coordinator.GetAsync(page.QuerySelector("a[href*='handler=Export']")!.GetAttribute("href"));

        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        var lines = (await file.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("+79035550011", lines[1], StringComparison.Ordinal);
        var export = await Factory.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported));
        Assert.Equal(
            $$"""{"User":"lawyer.mow","EntityType":"Client","EntityId":"{{clientId}}","Action":"Updated","From":"2026-01-01","To":"{{today}}"}""",
            export.Details);
        Assert.Equal(LegalAidFactory.CoordinatorMow, export.UserName);
    }

    private Task<string> NumberOfAsync(int caseId) =>
        Factory.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());

    private static async Task<List<string>> ChangesAsync(HttpClient reader, string url) =>
        [.. (await HtmlPage.GetAsync(reader, url)).QuerySelectorAll("#audit-entries td li")
            .Select(li => string.Join(' ', li.TextContent.Replace("→", " → ", StringComparison.Ordinal).Replace('\u00a0', ' ')
                .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))];
}
