using System.Globalization;
using OpenQA.Selenium.Chromium;

namespace LegalAid.Web.Tests.Browser;

/// <summary>A lawyer's day in the real browser: one client from registration to a closed case, in three languages.</summary>
public sealed class LawyerWorkflowBrowserTests : BrowserTest
{
    [Fact]
    public void ALawyer_TakesAClientFromRegistrationToAClosedCase()
    {
        var caseUrl = string.Empty;
        var caseNumber = string.Empty;
        var today = DateTime.UtcNow.AddHours(3);

        Step("sign in", () => Browser.SignIn(LegalAidFactory.LawyerMow));

        Step("register a client with a Kyrgyz name", () =>
        {
            Browser.GoTo("/Clients/Register");
            Browser.Fill("Фамилия", "Үсөнбаев");
            Browser.Fill("Имя", "Нурлан");
            Browser.Fill("Отчество", "Өмүрбекович");
            Browser.Fill("#Input_LatinName", "Usonbaev Nurlan");
            Browser.Select("#Input_Sex", "Male");
            Browser.Fill("#Input_BirthYear", "1990");
            Browser.Select("#Input_Citizenship", "KG");
            Browser.Select("#Input_PreferredLanguage", "ky");
            Browser.ClickButton("Зарегистрировать");
            Browser.WaitForUrl("/Clients/");
            Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", Browser.Text("h1"));
        });
        var clientUrl = Browser.Url.AbsolutePath;

        Step("see the duplicate warning for a Latin spelling", () =>
        {
            Browser.GoTo("/Clients/Register");
            Browser.Fill("Фамилия", "Usenbaev");
            Browser.Fill("Имя", "Nurlan");
            Browser.Select("#Input_Sex", "Male");
            Browser.Select("#Input_Citizenship", "KG");
            Browser.ClickButton("Зарегистрировать");
            Assert.Contains("Үсөнбаев Нурлан Өмүрбекович", Browser.Text("#duplicate-warning"), StringComparison.Ordinal);
            Assert.Equal("duplicate-warning", Browser.Evaluate<string>("document.activeElement.id"));
            Assert.EndsWith("/Clients/Register", Browser.Url.AbsolutePath, StringComparison.Ordinal);
        });

        Step("open a case", () =>
        {
            Browser.GoTo(clientUrl);
            Browser.ClickButton("Открыть дело");
            Browser.Select("#Input_PrimaryCategoryId", "Невыплата зарплаты, трудовой спор");
            Assert.True(Browser.Evaluate<bool>("(box => { box.value = '999'; box.checked = true; return true; })(document.querySelectorAll('input[name=\"Input.OtherCategoryIds\"]')[2])"));
            Browser.ClickButton("Открыть дело");
            Browser.WaitFor("#error-summary a");
            Assert.Equal("error-summary", Browser.Evaluate<string>("document.activeElement.id"));
            Browser.Click("#error-summary a");
            Assert.Equal(("true", 0L), (Browser.Evaluate<string>("document.querySelector('input[name=\"Input.OtherCategoryIds\"]').closest('fieldset').getAttribute('aria-invalid')"),
                Browser.Evaluate<long>("document.querySelectorAll('input[name=\"Input.OtherCategoryIds\"][aria-invalid]').length")));
            Assert.Equal("Input.OtherCategoryIds", Browser.Evaluate<string>("document.activeElement.name"));
            Browser.Fill("#Input_Summary", "Не выплачена зарплата за октябрь и ноябрь.");
            Browser.Fill("#Input_OpposingPartyName", "ООО «Чистый город»");
            Browser.Select("#Input_OpposingPartyKind", "Employer");
            Browser.ClickButton("Открыть дело");
            Browser.WaitForUrl("/Cases/");
            Assert.Matches(@"MOW-\d{4}-00001", Browser.Text("h1"));
            caseUrl = Browser.Url.AbsolutePath;
            caseNumber = System.Text.RegularExpressions.Regex.Match(Browser.Text("h1"), @"MOW-\d{4}-\d{5}").Value;
        });

        Step("keep a consultation typed with no connection, unsent, on its page", () =>
        {
            Browser.ClickButton("Записать консультацию");
            Browser.Fill("#Input_Summary", "Набрано без связи.");
            Browser.Driver.NetworkConditions = new ChromiumNetworkConditions { IsOffline = true };
            Browser.ClickButton("Сохранить");
            Assert.StartsWith("Нет связи с интернетом: форма не отправлена.", Browser.Text(".offline-notice"), StringComparison.Ordinal);
            Browser.Driver.ClearNetworkConditions();
            Assert.Equal("Набрано без связи.", Browser.Evaluate<string>("document.querySelector('#Input_Summary').value"));
            Assert.EndsWith("/consultations/new", Browser.Url.AbsolutePath, StringComparison.Ordinal);
            Browser.GoTo(caseUrl);
        });

        Step("log a consultation", () =>
        {
            Browser.ClickButton("Записать консультацию");
            Browser.Select("#Input_Channel", "Phone");
            Browser.Fill("#Input_DurationMinutes", "25");
            Browser.Fill("#Input_Summary", "Разъяснён порядок обращения в трудовую инспекцию.");
            var repeatsRefused = TapSaveTwice();
            Browser.WaitForUrl(caseUrl);
            Assert.Equal([false, true], repeatsRefused);
            Assert.Equal(1L, Browser.Evaluate<long>("[...document.querySelectorAll('.timeline > li')].filter(item => item.textContent.includes('Разъяснён порядок')).length"));
        });

        Step("add a hearing with its time and place and see it on the home page", () =>
        {
            Browser.Click("#deadlines summary");
            Browser.Select("#Deadline_Type", "CourtHearing");
            Browser.SetValue("#Deadline_DueOn", today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Browser.SetValue("#Deadline_DueAt", "10:30");
            Browser.Fill("#Deadline_Place", "Мещанский районный суд, зал 5");
            Browser.ClickButton("Добавить срок");
            Assert.Contains("Мещанский районный суд, зал 5", Browser.Text("#deadlines"), StringComparison.Ordinal);
            Assert.Contains("10:30", Browser.Text("#deadlines"), StringComparison.Ordinal);
            Browser.GoTo("/");
            Assert.Contains(caseNumber, Browser.Text("#due-list"), StringComparison.Ordinal);
            Assert.Contains("Судебное заседание", Browser.Text("#due-list"), StringComparison.Ordinal);
            Assert.Contains("Мещанский районный суд, зал 5", Browser.Text("#due-list"), StringComparison.Ordinal);
        });

        Step("upload and download a document", () =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"Трудовой договор {Guid.NewGuid():N}.pdf");
            File.WriteAllBytes(file, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray());
            Browser.GoTo(caseUrl);
            Browser.Click("#documents summary");
            Browser.Upload("#file", file);
            Browser.ClickButton("Загрузить");
            var link = Browser.WaitFor("#documents a");
            Assert.Equal(Path.GetFileName(file), link.Text);
            var downloaded = (string)Browser.Driver.ExecuteScript(
                "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send(); return x.status + ' ' + x.responseText.substring(0, 5);",
                link.GetAttribute("href"))!;
            Assert.Equal("200 %PDF-", downloaded);
            File.Delete(file);
        });

        Step("close the case with an outcome, knowing of the hearing ahead", () =>
        {
            Browser.ClickButton("Закрыть дело");
            Browser.Select("#Input_Outcome", "ResolvedInFavour");
            Browser.Fill("#Input_AmountRecovered", "45000");
            Browser.ClickButton("Закрыть дело");
            Assert.Contains("судебное заседание", Browser.Text(".validation-summary-errors"), StringComparison.Ordinal);
            Browser.Click("#Input_ConfirmUpcomingHearing");
            Browser.ClickButton("Закрыть дело");
            Browser.WaitForUrl(caseUrl);
            Assert.Contains("Закрыто", Browser.Text("h1"), StringComparison.Ordinal);
            Assert.Contains("Решено в пользу клиента", Browser.Text("main"), StringComparison.Ordinal);
        });

        Step("switch the language to Kyrgyz", () =>
        {
            Browser.ClickButton("Кыр");
            Browser.WaitForLanguage("ky");
            Browser.WaitForUrl(caseUrl);
            Assert.Contains("Жабык", Browser.Text("h1"), StringComparison.Ordinal);
            Assert.Contains("Кардардын пайдасына чечилди", Browser.Text("main"), StringComparison.Ordinal);
            Assert.Equal("ky", Browser.Evaluate<string>("document.documentElement.lang"));
        });

        Step("switch the language to English, and it is remembered", () =>
        {
            Browser.ClickButton("Eng");
            Browser.WaitForLanguage("en");
            Browser.GoTo("/Cases");
            Assert.Equal("Cases", Browser.Text("h1"));
            Browser.GoTo(caseUrl);
            Assert.Contains("Closed", Browser.Text("h1"), StringComparison.Ordinal);
        });
    }

    /// <summary>Two taps on "Сохранить" as a hurried thumb gives them; for each, whether the page refused to send the form.</summary>
    private bool[] TapSaveTwice() =>
        ((IReadOnlyCollection<object>)Browser.Driver.ExecuteScript("""
            const save = [...document.querySelectorAll('main form[method=post] button')].find(button => button.textContent.trim() === 'Сохранить');
            const refused = [];
            document.addEventListener('submit', event => refused.push(event.defaultPrevented));
            save.click();
            save.click();
            return refused;
            """)!).Cast<bool>().ToArray();
}
