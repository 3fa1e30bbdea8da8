using System.Net;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Security;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly LegalAidFactory factory = new(new Dictionary<string, string>
    {
        ["Security:SignInAttemptsPerMinute"] = "3",
        ["Security:CalendarFeedReadsPerMinute"] = "2",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SignInAttempts_AreLimitedPerAddress_AndTheRefusalSaysHowLongToWait()
    {
        using var browser = factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            responses.Add(await LegalAidFactory.TrySignInAsync(browser, "someone@test.legalaid", "guessing passwords"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        var seconds = SecondsToWait(responses[^1]);
        var page = await responses[^1].Content.ReadAsStringAsync();
        Assert.Contains("Слишком много запросов", page, StringComparison.Ordinal);
        Assert.Contains($"Попробуйте снова через {seconds} с.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFeedReads_HeadsIncluded_AreLimitedPerAddress_AndTheProblemSaysHowLongToWait_InTheRequestsLanguage()
    {
        using var phone = factory.CreateClient();
        phone.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ky");
        var responses = new List<HttpResponseMessage>();
        foreach (var method in new[] { HttpMethod.Head, HttpMethod.Head, HttpMethod.Get })
        {
            responses.Add(await phone.SendAsync(new HttpRequestMessage(method, "/api/v1/calendar/guessed-secret.ics")));
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        var seconds = SecondsToWait(responses[^1]);
        Assert.Equal($"Суроолор өтө көп: {seconds} секунддан кийин кайра аракет кылыңыз.", (string?)(await responses[^1].ReadAsync())["title"]);
    }

    private static int SecondsToWait(HttpResponseMessage response)
    {
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        return seconds;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
