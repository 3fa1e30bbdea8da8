using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LegalAid.Web.Tests.Api;
using LegalAid.Web.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Security;

/// <summary>The input rules behind the hostile-input suite, one behaviour each, as a user or a script meets them.</summary>
public sealed class InputRulesTests : WebTest
{
    private async Task<int> NewCaseAsync()
    {
        var clientId = await Client.RegisterClientAsync();
        return await Client.OpenCaseAsync(clientId);
    }

    [Theory]
    [InlineData("en", "1,5", 1.50)]
    [InlineData("en", "1.5", 1.50)]
    [InlineData("ru", "1,5", 1.50)]
    [InlineData("ky", "1500.25", 1500.25)]
    [InlineData("ru", "12 000,50", 12000.50)]
    [InlineData("en", "123 456", 123456)]
    [InlineData("ru", "65\u00A0000", 65000)]
    public async Task AnAmount_MeansTheSameInEveryLanguage(string culture, string typed, decimal stored)
    {
        var caseId = await NewCaseAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close?culture={culture}&ui-culture={culture}");

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Outcome"] = "AdviceOnly", ["Input.AmountRecovered"] = typed });

        Assert.Equal($"/Cases/{caseId}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(stored, await Factory.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.AmountRecovered.MinorUnits).SingleAsync()) / 100m);
    }

    [Theory]
    [InlineData("en", "1,500.50", "thousands may be set apart by spaces")]
    [InlineData("en", "1 50 0", "thousands may be set apart by spaces")]
    [InlineData("ru", "1.500,50", "тысячи можно отделить пробелом")]
    [InlineData("ru", "1,500", "тысячи можно отделить пробелом")]
    public async Task AnAmountWithGroupSeparators_IsRefusedBesideTheField(string culture, string typed, string message)
    {
        var caseId = await NewCaseAsync();
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/close?culture={culture}&ui-culture={culture}");

        var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Outcome"] = "AdviceOnly", ["Input.AmountRecovered"] = typed });

        Assert.Contains(message, HtmlPage.ErrorFor(await HtmlPage.ParseAsync(response), "Input.AmountRecovered"), StringComparison.Ordinal);
        Assert.Equal("Open", await Factory.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status.ToString()).SingleAsync()));
    }

    [Theory]
    [InlineData("\"Robot\"")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    public async Task AJsonTypeError_NamesTheFieldAndTheExpectedValues_InTheRequestLanguage(string sex)
    {
        var body = ApiJson.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body).Replace("\"Male\"", sex, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request has errors.", (string?)problem["title"]);
        Assert.Equal("Expected one of Female, Male.", (string?)problem["errors"]!["sex"]![0]);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"familyName\": \"Асанов\"}]", "Expected a JSON object ({…}).")]
    [InlineData("\"Асанов\"", "Expected a JSON object ({…}).")]
    [InlineData("{\"familyName\": \"Асанов\",", "This is not valid JSON (check the quotes, commas and UTF-8 encoding).")]
    public async Task ABodyThatIsJsonOfAnotherShape_IsToldApartFromOneThatIsNoJson(string body, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);
        var problem = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (string?)problem["errors"]!["$"]![0]);
    }

    [Fact]
    public async Task AProblemTitle_AndItsFieldErrors_AreInTheSameLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(new { clientId = 0, openedOn = "0001-01-01" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await Client.SendAsync(request)).ReadAsync();

        Assert.Equal("The request has errors.", (string?)problem["title"]);
        Assert.StartsWith("Enter a date from 1 Jan 2000 to ", (string?)problem["errors"]!["openedOn"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(3000)]
    public async Task ADateThatMustHaveHappened_GivenInTheFuture_IsRefusedAsInTheFuture_HoweverFar(int daysAhead)
    {
        var clientId = await Client.RegisterClientAsync();
        var openedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(new { clientId, primaryCategoryId = 6, openedOn }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await Client.SendAsync(request)).ReadAsync();

        Assert.Equal("The date cannot be in the future.", (string?)problem["errors"]!["openedOn"]![0]);
    }

    [Fact]
    public async Task AnAmountOfATrillion_IsRefusedAsTooLarge()
    {
        var clientId = await Client.RegisterClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(new { clientId, primaryCategoryId = 6, amountClaimed = 1e12m }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await Client.SendAsync(request)).ReadAsync();

        Assert.Equal("The amount must be less than a trillion.", (string?)problem["errors"]!["amountClaimed"]![0]);
    }

    [Theory]
    [InlineData("/api/v1/cases?status=1", "status", "one of Open, Closed.")]
    [InlineData("/api/v1/cases?sort=2", "sort", "one of NewestFirst, OldestFirst, Number, Client.")]
    [InlineData("/api/v1/cases?status=+1", "status", "one of Open, Closed.")]
    [InlineData("/api/v1/cases?status=%20-1", "status", "one of Open, Closed.")]
    [InlineData("/api/v1/statistics?from=2026-01-01&to=2026-03-31&sex=Female&sex=1", "sex", "one of Female, Male.")]
    [InlineData("/api/v1/statistics?from=2026-01-01&to=2026-03-31&channel=Phone,InPerson", "channel", "one of InPerson, Phone, Hotline, Messenger, OutreachVisit, Online.")]
    [InlineData("/api/v1/cases?status=Open,Closed", "status", "one of Open, Closed.")]
    public async Task AChoiceInTheAddressGivenAsANumberOrAsNamesJoined_IsRefusedNamingTheChoices(string url, string field, string choices)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith(choices, (string?)(await response.ReadAsync())["errors"]![field]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressNamingAPropertyThatIsNoFilter_IsNotReadAsOne()
    {
        var response = await Client.GetAsync("/api/v1/cases?auditAction=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("channel", "\"Phone,InPerson\"")]
    [InlineData("channel", "\" Phone , InPerson\"")]
    [InlineData("channel", "\"5\"")]
    public async Task AChoiceInABody_GivenAsNamesJoined_IsRefused_NotReadAsTheChoiceTheirValuesAddUpTo(string field, string value)
    {
        var caseId = await NewCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/consultations")
        {
            Content = new StringContent($$"""{"{{field}}":{{value}},"durationMinutes":10,"actions":["LegalAdvice"]}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]![field]);
        Assert.Empty(await Client.ConsultationsAsync(caseId));
    }

    [Theory]
    [InlineData("\"None\"")]
    [InlineData("0")]
    public async Task AnActionThatIsNoAction_IsRefused(string action)
    {
        var caseId = await NewCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/consultations")
        {
            Content = new StringContent($$"""{"channel":"Phone","durationMinutes":10,"actions":[{{action}}]}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]!["actions"]);
    }

    [Fact]
    public async Task ATimeOfDayThatIsNone_IsRefusedSayingWhatATimeLooksLike()
    {
        var caseId = await NewCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/deadlines") { Content = JsonContent.Create(new { type = "CourtHearing", dueOn = "2026-12-20", dueAt = "25:00" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await (await Client.SendAsync(request)).ReadAsync();

        Assert.Equal("Expected a time as HH:mm (00:00 to 23:59).", (string?)problem["errors"]!["dueAt"]![0]);
    }

    [Fact]
    public async Task AnEmptyApiRefusal_HasAProblemBodyInTheRequestLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases/999999");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("ky", "DELETE ыкмасы бул жерде кабыл алынбайт; бул дарек кабыл алат: GET, POST.")]
    [InlineData("ru", "Метод DELETE здесь не принимается; этот адрес принимает: GET, POST.")]
    public async Task AMethodTheAddressDoesNotTake_IsRefusedNamingTheOnesItTakes_InTheRequestLanguage(string language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/cases");
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(title, (string?)(await response.ReadAsync())["title"]);
    }

    [Fact]
    public async Task ABodyOfAnotherMediaType_IsRefusedSayingWhatTheApiTakes_InTheRequestLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new StringContent("clientId=1", System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.AcceptLanguage.ParseAdd("ky");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.StartsWith("Бул дарек мындай форматтагы денени кабыл албайт: Content-Type текшериңиз", (string?)(await response.ReadAsync())["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithTooManyFields_ComesBackSayingWhy_InTheUsersLanguage()
    {
        var form = await HtmlPage.GetAsync(Client, "/Clients/Register?culture=en&ui-culture=en");
        var fields = Enumerable.Range(0, 2_000).ToDictionary(i => $"extra{i}", _ => "1");

        var response = await HtmlPage.SubmitAsync(Client, form, fields);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form has more than 1024 fields", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form input[name='Input.FamilyName']"));
    }

    [Fact]
    public async Task APartnerWithoutAName_IsRefusedBesideTheField()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var form = await HtmlPage.GetAsync(admin, "/Admin/Partners");

        var response = await HtmlPage.SubmitAsync(admin, form, new Dictionary<string, string> { ["Input.Name"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Заполните поле «Название по-русски».", (await HtmlPage.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeadlineFromTheCasePage_IsAdded()
    {
        var caseId = await NewCaseAsync();
        var page = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}");
        var dueOn = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await HtmlPage.SubmitAsync(Client, page, new Dictionary<string, string> { ["Deadline.Type"] = "CourtHearing", ["Deadline.DueOn"] = dueOn, ["Deadline.Note"] = "Мещанский районный суд, зал 5" }, "#deadlines form");

        Assert.Contains("Мещанский районный суд, зал 5", (await HtmlPage.ParseAsync(response)).QuerySelector("#deadlines")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADonorReportForNullCentres_CoversEveryCentre()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var response = await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-03-31", title = "Q1", centre = (int[]?)null });

        await response.CreatedIdAsync();
    }

    [Fact]
    public async Task BidiControls_AreTakenOutOfFreeText()
    {
        var caseId = await NewCaseAsync();

        await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 20, summary = "Звонил\u202E работодатель\u2066" })).CreatedIdAsync();

        Assert.Equal("Звонил работодатель", await Factory.InDatabaseAsync(db => db.Consultations.Select(c => c.Summary).SingleAsync()));
    }

    [Fact]
    public async Task APlainWordDocument_IsStillAccepted()
    {
        var caseId = await NewCaseAsync();
        var file = new ByteArrayContent(WordFiles.Plain());
        var upload = new MultipartFormDataContent { { file, "file", "договор.docx" } };

        await (await Client.PostAsync($"/api/v1/cases/{caseId}/documents", upload)).CreatedIdAsync();
    }

    [Fact]
    public async Task AHugeListOfIds_IsRefusedByName_BeforeAnyQuery()
    {
        var clientId = await Client.RegisterClientAsync();

        var response = await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, otherCategoryIds = Enumerable.Range(1, 100_000) });
        var problem = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Не более 200 значений в списке.", (string?)problem["errors"]!["otherCategoryIds"]![0]);
    }
}
