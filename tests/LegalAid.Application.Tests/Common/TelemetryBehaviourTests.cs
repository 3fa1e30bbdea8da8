using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Behaviours;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Lookups.GetLookups;

namespace LegalAid.Application.Tests.Common;

public sealed class TelemetryBehaviourTests : ApplicationTest
{
    private static readonly ActivitySource TestSource = new("LegalAid.Application.Tests");

    [Fact]
    public async Task ShouldTraceAndTimeEachRequestByItsTypeAndOutcome_NotItsContent()
    {
        var spans = new ConcurrentQueue<Activity>();
        var durations = new ConcurrentQueue<Dictionary<string, object?>>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is RequestTelemetry.Name or "LegalAid.Application.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(spanListener);
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == RequestTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<double>((_, _, tags, _) => durations.Enqueue(tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        meterListener.Start();

        // Other test classes send requests at the same time: this test's spans are the children of its own.
        using (var test = TestSource.StartActivity("telemetry test"))
        {
            await App.SendAsync(new GetLookups());
            await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(4242)));
            var mine = spans.Where(s => s.TraceId == test!.TraceId && s.Source.Name == RequestTelemetry.Name).ToList();

            Assert.Equal("ok", Assert.Single(mine, s => s.OperationName == nameof(GetLookups)).GetTagItem("legalaid.outcome"));
            var notFound = Assert.Single(mine, s => s.OperationName == nameof(GetClient));
            Assert.Equal(ActivityStatusCode.Error, notFound.Status);
            Assert.Equal(nameof(NotFoundException), notFound.GetTagItem("legalaid.outcome"));
            Assert.DoesNotContain(notFound.TagObjects, tag => tag.Value?.ToString() == "4242");
        }

        Assert.Contains(durations, tags => Equals(tags["legalaid.request"], nameof(GetClient)) && Equals(tags["legalaid.outcome"], nameof(NotFoundException)));
    }
}
