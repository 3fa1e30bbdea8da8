using System.Globalization;
using System.Net.Http.Json;
using IcalCalendar = Ical.Net.Calendar;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// A Kazan lawyer's day through the real pages: consultations logged, one corrected and one voided with a reason; a
/// client who moved from Moscow asked for from the registration page's warning, sent by Moscow's coordinator and
/// accepted by Kazan's; the desk after both, with the moved client's call back now hers; and her calendar feed read
/// back by Ical.Net.
/// </summary>
public sealed class LawyersDayBrowserTests : BrowserTest
{
    private const string ConsultationIdScript = """
        return [...document.querySelectorAll('.timeline > li')].find(item => item.textContent.includes(arguments[0])).id.replace('consultation-', '');
        """;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3));

    [Fact]
    public async Task AKazanLawyer_CorrectsAndVoids_TakesOverAMovedClient_AndFindsEverythingOnHerDeskAndCalendar()
    {
        var callBackInMoscow = Today.AddDays(3);
        var callBack = Today.AddDays(5);
        var correctedCallBack = Today.AddDays(4);
        string movedCase;
        string myCase;
        int myCaseId;
        using (var moscow = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            var caseId = await SampleRecords.OpenCaseAsync(moscow, new
            {
                familyName = "Рахмонов", givenName = "Азиз", latinName = "Rahmonov Aziz", sex = "Male", dateOfBirth = "1988-04-12", citizenship = "TJ",
                phone = "+7 917 555-12-34", preferredLanguage = "ru", consentGivenOn = Today, consentScopes = new[] { "LegalAid", "Contact" },
            });
            await SampleRecords.Created(moscow.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new
            {
                channel = "Phone", durationMinutes = 10, summary = "Работодатель обещал расчёт; перезвонить клиенту.", followUpOn = callBackInMoscow,
            }));
            movedCase = (string)(await (await moscow.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["number"]!;
        }

        using (var kazan = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerKzn))
        {
            myCaseId = await SampleRecords.OpenCaseAsync(kazan, ApiJson.NewClient("Өмүрбеков"));
            myCase = (string)(await (await kazan.GetAsync($"/api/v1/cases/{myCaseId}")).ReadAsync())["number"]!;
        }

        var myCaseUrl = $"/Cases/{myCaseId}";
        var transferUrl = "";
        Step("sign in", () => Browser.SignIn(LegalAidFactory.LawyerKzn));

        Step("log a consultation with a call back, and one that belongs elsewhere", () =>
        {
            Log(myCaseUrl, "Разъяснён порядок обращения в трудовую инспекцию.", callBack);
            Log(myCaseUrl, "Консультация Рахмонова, записана не в то дело.", followUpOn: null);
            Assert.Contains("Разъяснён порядок обращения в трудовую инспекцию.", Browser.Text(".timeline"), StringComparison.Ordinal);
        });

        Step("correct the first: what was said, and the call back a day earlier", () =>
        {
            Browser.Click($"#consultation-{ConsultationId("Разъяснён порядок")} a");
            Browser.WaitForUrl("/consultations/");
            Browser.Fill("#Input_Summary", "Составлена жалоба в трудовую инспекцию; клиент перезвонит.");
            Browser.SetValue("#Input_FollowUpOn", Iso(correctedCallBack));
            Browser.ClickButton("Сохранить");
            Browser.WaitForPath(myCaseUrl);
            var item = Browser.Text($"#consultation-{ConsultationId("Составлена жалоба")}");
            Assert.Contains("Исправлено", item, StringComparison.Ordinal);
            Assert.Contains(Shown(correctedCallBack), item, StringComparison.Ordinal);
        });

        Step("void the second with a reason, then see it struck through with the reason", () =>
        {
            var wrong = ConsultationId("записана не в то дело");
            Browser.Click($"#consultation-{wrong} a");
            Browser.WaitForUrl($"/consultations/{wrong}");
            Browser.Fill("#Void_Reason", "Это консультация другого клиента.");
            Browser.ClickButton("Аннулировать");
            Browser.WaitForPath(myCaseUrl);
            Browser.WaitForUrl("voided=true");
            Assert.Equal("Запись аннулирована: она осталась в деле зачёркнутой, с причиной.", Browser.Text("#timeline + #done").Trim());
            Browser.WaitFor($"#consultation-{wrong}.voided");
            Assert.Equal("line-through", Browser.Evaluate<string>($"getComputedStyle(document.querySelector('#consultation-{wrong} .text-decoration-line-through')).textDecorationLine"));
            Assert.Contains("Это консультация другого клиента.", Browser.Text($"#consultation-{wrong} .void-reason"), StringComparison.Ordinal);
            Browser.Click("#done .btn-close");
            Assert.Equal("timeline", Browser.Evaluate<string>("document.activeElement.id"));
        });

        Step("register the client who came from Moscow, and ask Moscow for them from the warning", () =>
        {
            Browser.GoTo("/Clients/Register");
            Browser.Fill("Фамилия", "Рахмонов");
            Browser.Fill("Имя", "Азиз");
            Browser.Fill("Отчество", "Каримович");
            Browser.Fill("Год рождения", "1991");
            Browser.Select("#Input_Sex", "Male");
            Browser.Select("#Input_Citizenship", "TJ");
            Browser.ClickButton("Зарегистрировать");
            Assert.Contains("Центр поддержки мигрантов — Москва: 1", Browser.Text("#duplicate-warning"), StringComparison.Ordinal);
            Assert.DoesNotContain("Rahmonov", Browser.Text("#duplicate-warning"), StringComparison.Ordinal);
            Browser.ClickButton("Запросить перевод: Центр поддержки мигрантов — Москва");
            Browser.WaitFor("#request-form");
            Assert.Equal("MOW", Browser.Evaluate<string>("document.querySelector('#Input_CentreCode').value"));
            Assert.Equal("Каримович 1991", Browser.Evaluate<string>("document.querySelector('#Input_Patronymic').value + ' ' + document.querySelector('#Input_BirthYear').value"));
            Browser.Fill("#Input_Note", "Переехал из Москвы в Казань.");
            Browser.ClickButton("Отправить запрос");
            Browser.WaitForUrl("/Transfers/");
            Assert.Equal("Запрошен", Browser.Text("#transfer-status"));
            transferUrl = Browser.Url.AbsolutePath;
        });

        var moscowCoordinator = Open(BrowserSize.Desktop);
        Step("Moscow's coordinator finds the request on the desk and sends the client with the open case", () =>
        {
            moscowCoordinator.SignIn(LegalAidFactory.CoordinatorMow);
            moscowCoordinator.Click("#desk-transfers");
            moscowCoordinator.Click($"#transfers a[href='{transferUrl}']");
            Assert.Contains("Рахмонов Азиз Каримович, 1991 г. р.", moscowCoordinator.Text("#transfer-sought"), StringComparison.Ordinal);
            Assert.Contains("Рахмонов Азиз", moscowCoordinator.Text("#candidates"), StringComparison.Ordinal);
            moscowCoordinator.ClickButton("Отправить этого клиента");
            moscowCoordinator.WaitFor("#propose-form");
            Assert.True(moscowCoordinator.WaitFor("#propose-form input[name='Input.CaseIds']").Selected, "The open case is not offered with the client.");
            moscowCoordinator.ClickButton("Предложить перевод");
            moscowCoordinator.WaitForUrl(transferUrl);
            Assert.Equal("Предложен, ждёт принятия", moscowCoordinator.Text("#transfer-status"));
        });

        var kazanCoordinator = Open(BrowserSize.Desktop);
        Step("Kazan's coordinator accepts the client and gives the case to the lawyer", () =>
        {
            kazanCoordinator.SignIn(LegalAidFactory.CoordinatorKzn);
            kazanCoordinator.Click("#desk-transfers");
            kazanCoordinator.Click($"#transfers a[href='{transferUrl}']");
            kazanCoordinator.Select("#Accept_AssignedLawyerId", Factory.LawyerOf[LegalAidFactory.Kazan].ToString(CultureInfo.InvariantCulture));
            kazanCoordinator.ClickButton("Принять перевод");
            kazanCoordinator.WaitFor("#transfer-client a");
            Assert.Equal("Принят", kazanCoordinator.Text("#transfer-status"));
            Assert.StartsWith("Рахмонов Азиз", kazanCoordinator.Text("#transfer-client a"), StringComparison.Ordinal);
            Assert.Contains(movedCase, kazanCoordinator.Text("main"), StringComparison.Ordinal);
        });

        Step("the lawyer's desk: both call backs, and the moved case among her open cases", () =>
        {
            Browser.GoTo("/");
            var due = Browser.Text("#due-list");
            Assert.Contains($"{Shown(callBackInMoscow)} · Следующий контакт · {movedCase} Рахмонов Азиз", due, StringComparison.Ordinal);
            Assert.Contains($"{Shown(correctedCallBack)} · Следующий контакт · {myCase}", due, StringComparison.Ordinal);
            Assert.DoesNotContain(Shown(callBack), due, StringComparison.Ordinal);
            Assert.Contains(movedCase, Browser.Text("#my-open-cases"), StringComparison.Ordinal);
        });

        using (var moscow = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow))
        {
            var moscowDesk = await moscow.GetStringAsync("/api/v1/desk");
            Assert.DoesNotContain(movedCase, moscowDesk, StringComparison.Ordinal);
        }

        var feedUrl = "";
        Step("issue the calendar feed from Account → calendar", () =>
        {
            Browser.Click(".navbar .dropdown-toggle");
            Browser.Click("a.dropdown-item[href='/Account/Calendar']");
            Browser.Click("#calendar-issue");
            feedUrl = Browser.Text("#calendar-url");
        });

        using var phoneCalendar = new HttpClient();
        var feed = await phoneCalendar.GetStringAsync(new Uri(feedUrl));
        var events = IcalCalendar.Load(feed)!.Events.Select(e => (e.Summary, Day: DateOnly.FromDateTime(e.DtStart!.Value))).ToList();
        Assert.Contains(($"{movedCase} · Следующий контакт", callBackInMoscow), events);
        Assert.Contains(($"{myCase} · Следующий контакт", correctedCallBack), events);
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain("Рахмонов", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Өмүрбеков", feed, StringComparison.Ordinal);
    }

    private void Log(string caseUrl, string summary, DateOnly? followUpOn)
    {
        Browser.GoTo(caseUrl);
        Browser.ClickButton("Записать консультацию");
        Browser.Select("#Input_Channel", "InPerson");
        Browser.Fill("#Input_DurationMinutes", "20");
        Browser.Fill("#Input_Summary", summary);
        if (followUpOn is { } day)
        {
            Browser.SetValue("#Input_FollowUpOn", Iso(day));
        }

        Browser.ClickButton("Сохранить");
        Browser.WaitForPath(caseUrl);
    }

    private string ConsultationId(string text) => (string)Browser.Driver.ExecuteScript(ConsultationIdScript, text)!;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
