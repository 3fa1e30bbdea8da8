using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

public sealed class CasePagesTests : WebTest
{
    [Theory]
    [InlineData("ru", "ООО «Ромашка» — других дел: 1.")]
    [InlineData("en", "ООО «Ромашка» — other cases: 1.")]
    public async Task AnOpposingPartyWithOtherCases_IsFlaggedOnTheCase_InWordsThatFitAnyCount(string language, string flag)
    {
        var clientId = await Client.RegisterClientAsync();
        var againstTheSameEmployer = new { clientId, primaryCategoryId = 6, opposingPartyName = "ООО «Ромашка»", opposingPartyKind = "Employer" };
        await Client.PostAsJsonAsync("/api/v1/cases", againstTheSameEmployer);
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", againstTheSameEmployer)).ReadAsync())["id"]!;

        var page = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}?culture={language}&ui-culture={language}");

        Assert.StartsWith(flag, page.QuerySelector("#repeat-offender")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenForm_HasTheLawyerOpeningItChosen_AndNoEmptyChoiceForTheRequiredLawyer()
    {
        var clientId = await Client.RegisterClientAsync();

        var form = await HtmlPage.GetAsync(Client, $"/Cases/Open?clientId={clientId}");

        Assert.DoesNotContain("", form.QuerySelectorAll("#Input_AssignedLawyerId option").Select(o => o.GetAttribute("value")));
        Assert.Equal(Factory.LawyerOf[LegalAidFactory.Moscow].ToString(CultureInfo.InvariantCulture), form.QuerySelector("#Input_AssignedLawyerId option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheConsultationForm_HasWhoeverOfTheCentreLogsItChosen_NotTheCasesLawyer()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var byTheLawyer = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");
        var byTheCoordinator = await HtmlPage.GetAsync(coordinator, $"/Cases/{caseId}/consultations/new");

        Assert.Equal(Factory.LawyerOf[LegalAidFactory.Moscow].ToString(CultureInfo.InvariantCulture), byTheLawyer.QuerySelector("#Input_LawyerId option[selected]")?.GetAttribute("value"));
        Assert.Equal("Тест Coordinator 1", byTheCoordinator.QuerySelector("#Input_LawyerId option[selected]")?.TextContent);
    }

    [Fact]
    public async Task ALawyer_OpensACase_LogsAConsultation_AndClosesIt_BeingToldOnceEachTime()
    {
        var clientId = await Client.RegisterClientAsync();

        var openForm = await HtmlPage.GetAsync(Client, $"/Cases/Open?clientId={clientId}");
        var opened = await HtmlPage.SubmitAsync(Client, openForm, new Dictionary<string, string>
        {
            ["Input.PrimaryCategoryId"] = "6",
            ["Input.Summary"] = "Работодатель не выплатил зарплату за октябрь.",
            ["Input.OpposingPartyName"] = "ООО «Чистый город»",
            ["Input.OpposingPartyKind"] = "Employer",
            ["Input.AmountClaimed"] = "65000,50",
        });
        var casePage = await HtmlPage.ParseAsync(opened);
        var caseUrl = opened.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches(@"^/Cases/\d+$", caseUrl);
        Assert.Contains("65 000,50", casePage.Body!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal("Дело открыто.", casePage.QuerySelector("#done[role=status]")!.TextContent.Trim());
        Assert.Equal("—", casePage.QuerySelector("#amount-recovered")!.TextContent);

        var logForm = await HtmlPage.GetAsync(Client, caseUrl + "/consultations/new");
        var logged = await HtmlPage.SubmitAsync(Client, logForm, new Dictionary<string, string>
        {
            ["Input.Channel"] = "InPerson",
            ["Input.Summary"] = "Подготовлена претензия работодателю.",
            ["Input.DurationMinutes"] = "40",
        });
        var loggedPage = await HtmlPage.ParseAsync(logged);
        Assert.Contains("Подготовлена претензия работодателю.", loggedPage.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Консультация записана.", loggedPage.QuerySelector("#done")!.TextContent.Trim());

        var closeForm = await HtmlPage.GetAsync(Client, caseUrl + "/close");
        Assert.Equal(string.Empty, closeForm.QuerySelector("#Input_AmountRecovered")!.GetAttribute("value"));
        var closed = await HtmlPage.SubmitAsync(Client, closeForm, new Dictionary<string, string>
        {
            ["Input.Outcome"] = "ResolvedInFavour",
            ["Input.AmountRecovered"] = "65000",
        });
        var closedPage = await HtmlPage.ParseAsync(closed);
        Assert.Contains("Решено в пользу клиента", closedPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Закрыто", closedPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Дело закрыто.", closedPage.QuerySelector("#done")!.TextContent.Trim());
        Assert.Null((await HtmlPage.GetAsync(Client, caseUrl)).QuerySelector("#done"));
    }

    [Fact]
    public async Task AConsultationLoggedAfterAFollowUpsDay_MarksItDone_AndTheCaseSaysWhich()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = (int)(await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn = "2026-03-01" })).ReadAsync())["id"]!;
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { heldAt = "2026-03-02T10:00", channel = "InPerson", durationMinutes = 30, summary = "Первичная консультация.", followUpOn = "2026-03-05" })).EnsureSuccessStatusCode();

        var logForm = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");
        var logged = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, logForm, new Dictionary<string, string>
        {
            ["Input.HeldAt"] = "2026-03-06T09:15",
            ["Input.Channel"] = "Phone",
            ["Input.DurationMinutes"] = "10",
            ["Input.Summary"] = "Клиент перезвонил сам.",
        }));

        Assert.Equal(
            "«Следующий контакт» и «Перезвонить клиенту», назначенные на этот день или раньше, будут отмечены выполненными.",
            logForm.QuerySelector("#held-at-help")!.TextContent.Trim());
        var followUp = Assert.Single(logged.QuerySelectorAll("#deadlines li"));
        Assert.Contains("Выполнено", followUp.TextContent, StringComparison.Ordinal);
        Assert.Contains("Отмечено консультацией 06.03.2026", followUp.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormThatNoLongerFitsTheCase_LeadsToTheCasePage_WhichShowsItsStatus()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var caseUrl = $"/Cases/{caseId}";
        var reopenWhileOpen = await HtmlPage.GetAsync(Client, caseUrl + "/reopen");
        var closeForm = await HtmlPage.GetAsync(Client, caseUrl + "/close");
        await HtmlPage.SubmitAsync(Client, closeForm, new Dictionary<string, string> { ["Input.Outcome"] = "ClientStoppedContact" });

        var closeAgain = await HtmlPage.GetAsync(Client, caseUrl + "/close");
        var logOnClosed = await HtmlPage.GetAsync(Client, caseUrl + "/consultations/new");
        var reopenForm = await HtmlPage.GetAsync(Client, caseUrl + "/reopen");

        Assert.Equal([caseUrl, caseUrl, caseUrl + "/reopen"], new[] { closeAgain, logOnClosed, reopenForm }.Select(page => new Uri(page.Url).AbsolutePath));
        Assert.Equal(caseUrl, new Uri(reopenWhileOpen.Url).AbsolutePath);
        Assert.Contains("Закрыто", closeAgain.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(closeAgain.QuerySelector($"a[href='{caseUrl}/reopen']"));
        Assert.StartsWith("Дело закрыто, поэтому открытая вами форма к нему не относится.", closeAgain.QuerySelector("#form-not-applicable")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Дело открыто, поэтому форма повторного открытия к нему не относится.", reopenWhileOpen.QuerySelector("#form-not-applicable")!.TextContent.Trim());
        Assert.Null(reopenForm.QuerySelector("#form-not-applicable"));
    }

    [Fact]
    public async Task ACloseFormOpenedBeforeAnotherClosedTheCase_ShowsTheConflictOnItsPage()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var staleForm = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close");
        var fields = new Dictionary<string, string> { ["Input.Outcome"] = "ClientStoppedContact" };
        await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close"), fields);

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, staleForm, fields));

        Assert.Contains($"/Cases/{caseId}/close", refused.Url, StringComparison.Ordinal);
        Assert.Contains("Запись изменил кто-то другой", refused.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("65 00", "Сумма пишется цифрами")]
    [InlineData("1234567890123456789", "Сумма должна быть меньше триллиона.")]
    public async Task AnAmountTypedWrongly_IsRefusedBesideItsField_SayingWhatIsWrong(string typed, string message)
    {
        var clientId = await Client.RegisterClientAsync();
        var openForm = await HtmlPage.GetAsync(Client, $"/Cases/Open?clientId={clientId}");

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, openForm, new Dictionary<string, string>
        {
            ["Input.PrimaryCategoryId"] = "6",
            ["Input.AmountClaimed"] = typed,
        }));

        Assert.StartsWith(message, refused.QuerySelector("[data-valmsg-for='Input.AmountClaimed']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(typed, refused.QuerySelector("#Input_AmountClaimed")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AStaleEdit_ShowsTheConflictAndKeepsTheOtherChange()
    {
        var clientId = await Client.RegisterClientAsync();
        var opened = await (await Client.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId,
            primaryCategoryId = 6,
        })).ReadAsync();
        var caseId = (int)opened["id"]!;
        var myForm = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/edit");
        await Client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { version = 0, primaryCategoryId = 6, summary = "Правка коллеги" });

        var response = await HtmlPage.SubmitAsync(Client, myForm, new Dictionary<string, string> { ["Input.Summary"] = "Моя правка" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Запись изменил кто-то другой", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Правка коллеги", (string?)(await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["summary"]);
    }

    [Theory]
    [InlineData("ky", "Иштер")]
    [InlineData("en", "Cases")]
    [InlineData("ru", "Дела")]
    public async Task TheCaseList_SpeaksTheChosenLanguage(string culture, string heading)
    {
        var page = await HtmlPage.GetAsync(Client, $"/Cases?culture={culture}&ui-culture={culture}");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheCaseList_TakesAChoiceByItsName_NotItsNumber_NorNamesJoined()
    {
        var byNumber = await HtmlPage.GetAsync(Client, "/Cases?status=1");
        var joined = await HtmlPage.GetAsync(Client, "/Cases?status=Open,Closed");
        var byName = await HtmlPage.GetAsync(Client, "/Cases?status=Closed");

        Assert.Equal("Значение «1» в поле «Статус» недопустимо.", byNumber.QuerySelector("#error-summary li")!.TextContent.Trim());
        Assert.Equal("Значение «Open,Closed» в поле «Статус» недопустимо.", joined.QuerySelector("#error-summary li")!.TextContent.Trim());
        Assert.Null(byName.QuerySelector("#error-summary"));
        Assert.Equal("Closed", byName.QuerySelector("#status option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnOpeningDayTheListCannotRead_IsNamedWithItsFilter()
    {
        var page = await HtmlPage.GetAsync(Client, "/Cases?openedFrom=abc&openedTo=2026-13-01");

        var summary = page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Значение «abc» в поле «Открыто с» недопустимо.", summary);
        Assert.Contains("Значение «2026-13-01» в поле «Открыто по» недопустимо.", summary);
    }

    [Fact]
    public async Task EveryFilterTheListCannotRead_IsNamedAsItsLabelReads()
    {
        var page = await HtmlPage.GetAsync(Client, "/Cases?centreId=a&status=b&lawyerId=c&categoryId=d&sort=e");

        var summary = page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            """
            Значение «a» в поле «Центр» недопустимо.
            Значение «b» в поле «Статус» недопустимо.
            Значение «c» в поле «Юрист» недопустимо.
            Значение «d» в поле «Категория» недопустимо.
            Значение «e» в поле «Сортировка» недопустимо.
            """,
            string.Join("\n", summary.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task ALawyersCentreFilter_OffersOnlyTheCentreTheyWorkAt()
    {
        var page = await HtmlPage.GetAsync(Client, "/Cases");

        Assert.Equal(["", LegalAidFactory.Moscow.ToString(CultureInfo.InvariantCulture)], page.QuerySelectorAll("#centreId option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task ACaseNumber_NeverBreaksAtItsHyphens_WhereverItIsShown()
    {
        var clientId = await Client.RegisterClientAsync();
        var opened = await (await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6 })).ReadAsync();
        var (caseId, number) = ((int)opened["id"]!, (string)opened["number"]!);
        await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 20, summary = "Звонок клиенту." });

        foreach (var url in new[] { "/", "/Cases", $"/Clients/{clientId}", $"/Cases/{caseId}", $"/Cases/{caseId}/consultations/new" })
        {
            var main = (await HtmlPage.GetAsync(Client, url)).QuerySelector("main")!;
            var shown = main.GetDescendants().OfType<IText>().Where(t => t.Data.Contains(number, StringComparison.Ordinal)).ToList();

            Assert.True(shown.Count > 0, $"{url} does not show {number}");
            Assert.All(shown, text => Assert.True(text.ParentElement!.Closest(".case-number") is not null, $"{url}: {text.ParentElement!.OuterHtml}"));
        }
    }

    [Fact]
    public async Task ALongTimeline_ShowsTheLatestFifty_AndLinksToTheEarlierOnes()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        var first = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок не по этому делу" })).CreatedIdAsync();
        (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations/{first}/void", new { version = 0, reason = "Записана не в то дело" })).EnsureSuccessStatusCode();
        foreach (var number in Enumerable.Range(1, 52))
        {
            await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = $"Звонок № {number}" });
        }

        var latest = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var earlier = latest.QuerySelector("#earlier-consultations")!;
        var all = await HtmlPage.GetAsync(Client, earlier.GetAttribute("href")!);

        Assert.Equal(50, latest.QuerySelectorAll(".timeline > li").Length);
        Assert.Contains("(2)", earlier.TextContent, StringComparison.Ordinal);
        Assert.Equal(52, all.QuerySelectorAll(".timeline > li").Length);
        Assert.Null(all.QuerySelector("#earlier-consultations"));
        Assert.Contains("all=true", all.QuerySelector("#voided-switch")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
