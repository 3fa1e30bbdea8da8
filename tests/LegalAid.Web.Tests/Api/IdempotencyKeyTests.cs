using System.Net;
using LegalAid.Web.Tests.Pages;

namespace LegalAid.Web.Tests.Api;

/// <summary>A request that creates a record, sent again with its key (a retry after a lost answer, a second tap), creates it once.</summary>
public sealed class IdempotencyKeyTests : WebTest
{
    [Fact]
    public async Task AConsultationPostedAgainWithItsKey_IsLoggedOnce_AndAnswersAsTheFirstTime()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());

        var first = await Client.SendAsync(LogConsultation(caseId, "retry-7f3a", "Жалоба в трудовую инспекцию."));
        var again = await Client.SendAsync(LogConsultation(caseId, "retry-7f3a", "Жалоба в трудовую инспекцию."));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.CreatedIdAsync(), await again.CreatedIdAsync());
        Assert.Single(await Client.ConsultationsAsync(caseId));
    }

    [Fact]
    public async Task TheKeyWithAnotherBody_Answers400NamingTheHeader_AndLogsNothingMore()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        await Client.SendAsync(LogConsultation(caseId, "retry-7f3a", "Жалоба в трудовую инспекцию."));

        var reused = await Client.SendAsync(LogConsultation(caseId, "retry-7f3a", "Другая консультация."));

        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("другими данными", (string?)(await reused.ReadAsync())["errors"]!["Idempotency-Key"]![0], StringComparison.Ordinal);
        Assert.Single(await Client.ConsultationsAsync(caseId));
    }

    [Fact]
    public async Task ADocumentUploadedAgainWithItsKey_IsKeptOnce()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());

        var ids = new List<int>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/documents") { Content = ApiJson.PdfUpload("договор.pdf") };
            upload.Headers.Add("Idempotency-Key", "upload-1");
            ids.Add(await (await Client.SendAsync(upload)).CreatedIdAsync());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Single((await (await Client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync())["documents"]!.AsArray());
    }

    [Fact]
    public async Task AConsultationFormSentTwice_LogsOneConsultation()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");
        var fields = new Dictionary<string, string> { ["Input.Channel"] = "InPerson", ["Input.Summary"] = "Подготовлена претензия.", ["Input.DurationMinutes"] = "40" };

        var first = await HtmlPage.SubmitAsync(Client, form, fields);
        var second = await HtmlPage.SubmitAsync(Client, form, fields);

        Assert.Equal($"/Cases/{caseId}", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(first.RequestMessage!.RequestUri, second.RequestMessage.RequestUri);
        Assert.Single(await Client.ConsultationsAsync(caseId));
        var another = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");
        Assert.NotEqual(KeyOf(form), KeyOf(another));
    }

    [Fact]
    public async Task TheSameFormSentAgainWithOtherData_SaysSoAboveTheForm_AndOffersANewKey()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/consultations/new");
        await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Channel"] = "InPerson", ["Input.Summary"] = "Первая.", ["Input.DurationMinutes"] = "40" });

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.Channel"] = "InPerson", ["Input.Summary"] = "Вторая.", ["Input.DurationMinutes"] = "40" }));

        var summary = refused.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Эта форма уже была сохранена, а затем изменена", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Idempotency-Key", summary, StringComparison.Ordinal);
        Assert.Equal("Вторая.", refused.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
        Assert.NotEqual(KeyOf(form), KeyOf(refused));
        Assert.Single(await Client.ConsultationsAsync(caseId));
    }

    private static string? KeyOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("main form[method=post] input[name='Idempotency-Key']")?.GetAttribute("value");

    private HttpRequestMessage LogConsultation(int caseId, string key, string summary) =>
        ApiJson.LogConsultation(caseId, Factory.LawyerOf[LegalAidFactory.Moscow], key, summary);
}
