using System.Net;

namespace LegalAid.Web.Tests.Security;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly LegalAidFactory factory = new(new Dictionary<string, string> { ["Security:SignInAttemptsPerMinute"] = "3" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SignInAttempts_AreLimitedPerAddress()
    {
        using var browser = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await LegalAidFactory.TrySignInAsync(browser, "someone@test.legalaid", "guessing passwords")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
