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

    /// <summary>Sent as the request's parent, so that only this test's spans are looked at: the listener hears every app in the process.</summary>
    private readonly ActivityTraceId traceId = ActivityTraceId.CreateRandom();
    private readonly ConcurrentQueue<Activity> finished = new();
    private readonly TaskCompletionSource requestSpanFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActivityListener listener;

    public TracePrivacyTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if (span.TraceId == traceId)
                {
                    finished.Enqueue(span);
                    requestSpanFinished.TrySetResult();
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

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/calendar/{Secret}.ics?name=Маркерова");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var answer = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        // The server ends the request's span once the answer is sent, so it may end after the client has it.
        await requestSpanFinished.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var span = Assert.Single(finished);
        Assert.Equal("/api/v1/calendar/{token}.ics", (string?)span.GetTagItem("http.route"));
        var texts = span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}").Append(span.DisplayName).ToList();
        Assert.DoesNotContain(texts, text => text.Contains(Secret, StringComparison.Ordinal) || text.Contains("name=", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        await production.DisposeAsync();
    }
}
