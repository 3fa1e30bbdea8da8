namespace LegalAid.Benchmarks;

/// <summary>
/// The largest managed heap (as the last collection left it) and process working set seen while it runs, sampled every
/// 50 ms: what an action holds at its peak, which the bytes it allocates do not tell.
/// </summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    private PeakMemory() => sampling = SampleAsync();

    public long HeapBytes { get; private set; }

    public long WorkingSetBytes { get; private set; }

    public static PeakMemory Start() => new();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            HeapBytes = Math.Max(HeapBytes, GC.GetGCMemoryInfo().HeapSizeBytes);
            WorkingSetBytes = Math.Max(WorkingSetBytes, Environment.WorkingSet);
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
