using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>The list of transfers says how one starts, by what the reader may do.</summary>
public sealed class TransfersPageTests : WebTest
{
    [Fact]
    public async Task ALawyer_IsToldHowToAskForAClient_ACoordinatorAlsoHowToSendOne()
    {
        using var lawyer = await Factory.SignInAsync(LegalAidFactory.LawyerMow);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var lawyersHelp = (await HtmlPage.GetAsync(lawyer, "/Transfers")).QuerySelector("#transfers-how-to-start")!.TextContent;
        var coordinatorsHelp = (await HtmlPage.GetAsync(coordinator, "/Transfers")).QuerySelector("#transfers-how-to-start")!.TextContent;

        const string ask = "начните регистрацию («Новый клиент»)";
        const string send = "откройте его карточку в разделе «Клиенты» и выберите «Перевести в другой центр»";
        Assert.Contains(ask, lawyersHelp, StringComparison.Ordinal);
        Assert.DoesNotContain(send, lawyersHelp, StringComparison.Ordinal);
        Assert.Contains(ask, coordinatorsHelp, StringComparison.Ordinal);
        Assert.Contains(send, coordinatorsHelp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFinishedTransfer_SaysWhereTheClientIs_ToTheCentreThatDoesNotSeeThem_AndWhoHoldsTheCases()
    {
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);

        var declined = await moscow.ProposeToKazanAsync(clientId, caseId);
        (await kazan.PostAsJsonAsync($"/api/v1/transfers/{declined}/decline", new { version = 0, reason = "Нет мест." })).EnsureSuccessStatusCode();
        var neverCame = (await HtmlPage.GetAsync(kazan, $"/Transfers/{declined}")).QuerySelector("#transfer-client")!.TextContent.Trim();
        var kazansList = (await HtmlPage.GetAsync(kazan, "/Transfers")).QuerySelector("main table tbody")!.TextContent;
        var accepted = await moscow.ProposeToKazanAsync(clientId, caseId);
        var beforeAccepting = (await HtmlPage.GetAsync(kazan, $"/Transfers/{accepted}")).QuerySelector("#cases-elsewhere")!.TextContent.Trim();
        (await Factory.AcceptInKazanAsync(kazan, accepted, version: 0)).EnsureSuccessStatusCode();
        var moscowsView = await HtmlPage.GetAsync(moscow, $"/Transfers/{accepted}");
        var movedAway = moscowsView.QuerySelector("#transfer-client")!.TextContent.Trim();

        Assert.StartsWith("Перевод не состоялся; данные клиента хранит", neverCame, StringComparison.Ordinal);
        Assert.Equal("Дел в переводе: 1 — они откроются вам, когда вы примете перевод.", beforeAccepting);
        Assert.Contains("остался в своём центре", kazansList, StringComparison.Ordinal);
        Assert.DoesNotContain("скрыт до принятия", kazansList, StringComparison.Ordinal);
        Assert.StartsWith("Клиент передан центру: ", movedAway, StringComparison.Ordinal);
        Assert.Contains("Казань", movedAway, StringComparison.Ordinal);
        Assert.Equal("В другом центре: 1 — их видит только центр, где они сейчас.", moscowsView.QuerySelector("#cases-elsewhere")?.TextContent.Trim());
        var kazansCase = (await HtmlPage.GetAsync(kazan, $"/Transfers/{accepted}")).QuerySelector("a.case-number")!.ParentElement!.TextContent;
        Assert.EndsWith("Юрист: Тест Lawyer 2", kazansCase.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestsCentre_IsChosenFromTheOtherCentres()
    {
        var form = await HtmlPage.GetAsync(Client, "/Transfers/Request");

        var offered = form.QuerySelectorAll("select[name='Input.CentreCode'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "KZN", "CHE"], offered);
    }

    [Fact]
    public async Task APersonSoughtWithoutAPatronymic_ReadsWithoutAGapBeforeTheYear()
    {
        using var sent = await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Transfers/Request"),
            new Dictionary<string, string> { ["Input.CentreCode"] = "KZN", ["Input.FamilyName"] = "Мөңкүбаева", ["Input.GivenName"] = "Гүлнара", ["Input.BirthYear"] = "1995" });

        var page = await HtmlPage.ParseAsync(sent);

        Assert.Equal("Мөңкүбаева Гүлнара, 1995 г. р.", page.QuerySelector("#transfer-sought")!.TextContent.Trim());
    }

    [Fact]
    public async Task ARequestsNoteTooLong_IsNamedAsItsLabelReads()
    {
        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Transfers/Request"),
            new Dictionary<string, string> { ["Input.CentreCode"] = "KZN", ["Input.FamilyName"] = "Юлдашев", ["Input.GivenName"] = "Азиз", ["Input.Note"] = new string('ж', 1001) }));

        Assert.Equal("Не более 1000 символов в поле «Комментарий к запросу».", refused.QuerySelector("#error-summary li")!.TextContent.Trim());
    }

    [Fact]
    public async Task ARequest_IsListedWithThePatronymicAndYearOfBirth_AndTheSamePersonAskedForAgain_IsRefusedAboveTheForm()
    {
        var person = new Dictionary<string, string>
        {
            ["Input.CentreCode"] = "KZN", ["Input.FamilyName"] = "Юлдашев", ["Input.GivenName"] = "Азиз", ["Input.Patronymic"] = "Бахтиёрович", ["Input.BirthYear"] = "1988",
        };
        using var sent = await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Transfers/Request"), person);
        var transferId = sent.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];

        var again = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, await HtmlPage.GetAsync(Client, "/Transfers/Request"), person));
        var listed = (await HtmlPage.GetAsync(Client, "/Transfers")).QuerySelector("#transfers tbody tr")!.TextContent;

        Assert.Contains($"Запрос об этом человеке в этот центр уже отправлен и ждёт ответа: перевод № {transferId}.", again.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("запрошен: Юлдашев Азиз Бахтиёрович, 1988 г. р.", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearTheReviewCannotRead_IsNamedAndKeptAsTyped_NotDroppedOnTheWayFromTheDuplicateWarning()
    {
        var form = await HtmlPage.GetAsync(Client, "/Transfers/Request");
        form.QuerySelector("main form[method=post]")!.SetAttribute("action", "/Transfers/Request?handler=Review");
        var person = new Dictionary<string, string> { ["Input.CentreCode"] = "KZN", ["Input.FamilyName"] = "Юлдашев", ["Input.GivenName"] = "Азиз", ["Input.BirthYear"] = "1e3" };

        var review = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, person));

        Assert.Equal("Значение «1e3» в поле «Год рождения» недопустимо.", review.QuerySelector("#error-summary li")?.TextContent.Trim());
        Assert.Equal("1e3", review.QuerySelector("#Input_BirthYear")?.GetAttribute("value"));
        Assert.Equal("Юлдашев", review.QuerySelector("#Input_FamilyName")?.GetAttribute("value"));
    }
}
