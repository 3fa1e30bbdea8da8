using System.Net;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Api;

/// <summary>
/// Two copies of one submission that both look for a kept answer before either has saved one, as on SQL Server when
/// they reach two nodes at the same instant: the later copy's answer breaks the unique key, so it is undone and
/// answered 409 (the form says so above itself), and sending it again gets the first answer.
/// </summary>
public sealed class SubmittedMeanwhileTests : WebTest
{
    private WebApplicationFactory<Program> server = null!;
    private HttpClient browser = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        server = Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            var store = services.Single(d => d.ServiceType == typeof(ISubmittedRequests));
            services.Remove(store);
            services.AddScoped<ISubmittedRequests>(provider =>
                new AnswersNotYetVisible((ISubmittedRequests)ActivatorUtilities.CreateInstance(provider, store.ImplementationType!)));
        }));
        browser = server.CreateClient();
        await LegalAidFactory.TrySignInAsync(browser, LegalAidFactory.LawyerMow, LegalAidFactory.Password);
    }

    private HttpRequestMessage LogConsultation(int caseId) =>
        ApiJson.LogConsultation(caseId, Factory.LawyerOf[LegalAidFactory.Moscow], "race-1");

    [Fact]
    public async Task TheLaterCopyOfAnApiCall_Answers409_IsUndone_AndSentAgainGetsTheFirstAnswer()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var first = await browser.SendAsync(LogConsultation(caseId));

        var later = await browser.SendAsync(LogConsultation(caseId));
        var again = await Client.SendAsync(LogConsultation(caseId));

        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
        Assert.Contains("сохранена другим запросом", (string?)(await later.ReadAsync())["title"], StringComparison.Ordinal);
        Assert.Equal(await first.CreatedIdAsync(), await again.CreatedIdAsync());
        Assert.Single(await Client.ConsultationsAsync(caseId));
    }

    [Fact]
    public async Task TheLaterCopyOfAForm_SaysSoAboveTheForm_AndIsUndone()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var form = await HtmlPage.GetAsync(browser, $"/Cases/{caseId}/consultations/new");
        var fields = new Dictionary<string, string> { ["Input.Channel"] = "InPerson", ["Input.Summary"] = "Подготовлена претензия.", ["Input.DurationMinutes"] = "40" };
        await HtmlPage.SubmitAsync(browser, form, fields);

        var later = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(browser, form, fields));

        Assert.Contains("Эта форма только что сохранена по первому нажатию", later.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await Client.ConsultationsAsync(caseId));
    }

    public override async ValueTask DisposeAsync()
    {
        browser.Dispose();
        await server.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The kept answers as a copy sees them that looked before the other copy had saved its answer.</summary>
    private sealed class AnswersNotYetVisible(ISubmittedRequests answers) : ISubmittedRequests
    {
        public Task<SubmittedAnswer?> FindAsync(Submission submission, DateTime since, CancellationToken cancellationToken) =>
            Task.FromResult<SubmittedAnswer?>(null);

        public Task RecordAsync(Submission submission, SubmittedAnswer answer, DateTime since, CancellationToken cancellationToken) =>
            answers.RecordAsync(submission, answer, since, cancellationToken);
    }
}
