using System.Diagnostics;

namespace LegalAid.Infrastructure.Tests.Benchmarks;

/// <summary>
/// The benchmarks run from their command line on small data, so that a change to the app's services or pipeline that
/// breaks them fails here rather than on the day someone measures: the keyed-submission behaviour asked for a service
/// the benchmark host lacked, and every suite failed unnoticed.
/// </summary>
public sealed class BenchmarkRunTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("legalaid-benchmarks-");

    [Fact]
    public async Task Every_suite_on_a_small_database_runs_to_its_end()
    {
        var output = await RunAsync(
            "--suite", "all", "--database", Path.Combine(folder.FullName, "small.db"),
            "--clients", "600", "--consultations", "3000", "--years", "3", "--iterations", "1", "--sample", "20");

        Assert.Contains("| dashboard, one year, read from the database", output);
        Assert.Contains("| donor report, 12 months, 3 centres", output);
        Assert.Contains("| every query above |", output);
        Assert.Contains("| suppression of the donor report's tables, new", output);
        Assert.Contains("| log 4 consultations at once", output);
    }

    [Fact]
    public async Task The_import_suite_imports_its_file_and_then_a_later_one_onto_the_cases_it_made()
    {
        var output = await RunAsync("--suite", "import", "--rows", "400", "--iterations", "1", "--database", Path.Combine(folder.FullName, "import.db"));

        Assert.Contains("Imported 400 consultations", output);
        Assert.Matches(@"After each client's first consultation, the whole file added [1-9]\d* consultations", output);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LegalAid.Benchmarks.dll"));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var benchmarks = Process.Start(start)!;
        var output = benchmarks.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = benchmarks.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await benchmarks.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(benchmarks.ExitCode == 0, $"The benchmarks exited with {benchmarks.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }
}
