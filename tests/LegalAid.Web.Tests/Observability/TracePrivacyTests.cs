using System.Collections.Concurrent;
using System.Diagnostics;

namespace LegalAid.Web.Tests.Observability;

/// <summary>
/// With traces exported (an OTLP endpoint set), a request's span keeps its route template but neither its path nor its
/// query string, which may hold a calendar feed's secret or a name typed into the address bar or a search box.
/// </summary>
public sealed class TracePrivacyTests : IAsyncLifetime
{
    private const string Secret = "SecretMarker0123456789";

    private readonly LoggedProductionApp production = new(new Dictionary<string, string> { ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:9" });
    private const string CalendarRoute = "/api/v1/calendar/{token}.ics";

    private readonly ConcurrentQueue<Activity> finished = new();
    private readonly TaskCompletionSource calendarSpanFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActivityListener listener;

    public TracePrivacyTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                finished.Enqueue(span);
                if ((string?)span.GetTagItem("http.route") == CalendarRoute)
                {
                    calendarSpanFinished.TrySetResult();
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public ValueTask InitializeAsync() => new(production.StartAsync());

    [Fact]
    public async Task ARequestsSpan_NamesItsRoute_NotItsPathOrQuery()
    {
        using var client = await production.SignInAsync();

        var answer = await client.GetAsync($"/api/v1/calendar/{Secret}.ics?name=Маркерова");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        // The server ends the request's span once the answer is sent, so it may end after the client has it.
        await calendarSpanFinished.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var tags = finished.SelectMany(span => span.TagObjects).Select(tag => $"{tag.Key}={tag.Value}").ToList();
        Assert.DoesNotContain(tags, tag => tag.Contains(Secret, StringComparison.Ordinal) || tag.Contains("name=", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        await production.DisposeAsync();
    }
}
