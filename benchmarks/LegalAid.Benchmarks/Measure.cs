using System.Diagnostics;
using System.Globalization;

namespace LegalAid.Benchmarks;

/// <summary>Times an action after warm-up runs; reports the median and the slowest of the measured runs.</summary>
internal static class Measure
{
    public static async Task<Timing> RunAsync(string name, int iterations, Func<Task> action)
    {
        await action();
        await action();
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return new Timing(name, times[times.Count / 2], times[0], times[^1], iterations);
    }
}

internal sealed record Timing(string Name, double MedianMs, double FastestMs, double SlowestMs, int Runs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {MedianMs:0.0} | {FastestMs:0.0} | {SlowestMs:0.0} | {Runs} |");
}
