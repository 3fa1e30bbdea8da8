using System.Diagnostics;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>
/// A generated spreadsheet imported as a coordinator does it, through the MediatR pipeline (authorisation, validation,
/// one transaction, audit): uploaded, checked (the dry run), imported (read and checked again, then written), and
/// imported again (every row recognised, nothing created). Then, in a second database, each client's first
/// consultation is imported and the whole file after it, which adds the later consultations to the clients and cases
/// already there. Each run starts from new, empty databases.
/// </summary>
internal static class ImportSuite
{
    private const int Moscow = 1;

    public static async Task RunAsync(int rows, int runs, string folder)
    {
        var content = ImportBenchmarkFile.Generate(rows, DateOnly.FromDateTime(DateTime.UtcNow));
        var sample = Path.Combine(folder, $"import-{rows / 1000}k.csv");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(sample, content);
        await Console.Out.WriteLineAsync($"{rows:N0} rows, {content.Length / 1024 / 1024} MB: {sample}");

        var firsts = ImportBenchmarkFile.FirstConsultations(content);
        var (check, import, again, later) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        ImportReport? last = null;
        ImportReport? lastLater = null;
        for (var run = -1; run < runs; run++)
        {
            var database = Path.Combine(folder, $"import-run-{run + 1}.db");
            await using (var host = await CoordinatorsHostAsync(database))
            {
                var id = await SendAsync(host, new UploadImport("import.csv", content));
                var checkTime = await TimeAsync(() => SendAsync(host, new CheckImport(id)));
                ImportReport report = null!;
                var importTime = await TimeAsync(async () => report = await SendAsync(host, new RunImport(id, SkipRejected: false)));
                var againId = await SendAsync(host, new UploadImport("import.csv", content));
                var againTime = await TimeAsync(async () =>
                {
                    await SendAsync(host, new CheckImport(againId));
                    await SendAsync(host, new RunImport(againId, SkipRejected: false));
                });
                if (run >= 0)
                {
                    (check, import, again) = ([.. check, checkTime], [.. import, importTime], [.. again, againTime]);
                    last = report;
                }
            }

            var laterDatabase = Path.Combine(folder, $"import-run-{run + 1}-later.db");
            await using (var host = await CoordinatorsHostAsync(laterDatabase))
            {
                await ImportAsync(host, firsts);
                ImportReport report = null!;
                var laterTime = await TimeAsync(async () => report = await ImportAsync(host, content));
                if (run >= 0)
                {
                    later = [.. later, laterTime];
                    lastLater = report;
                }
            }

            foreach (var file in Directory.GetFiles(folder, Path.GetFileName(database) + "*").Concat(Directory.GetFiles(folder, Path.GetFileName(laterDatabase) + "*")))
            {
                File.Delete(file);
            }
        }

        await Console.Out.WriteLineAsync($"Imported {last!.Consultations:N0} consultations, {last.NewClients:N0} clients, {last.NewCases:N0} cases; {last.Rejected} rows rejected.");
        await Console.Out.WriteLineAsync(Summarise($"check (dry run), {rows:N0} rows", check).ToString());
        await Console.Out.WriteLineAsync(Summarise($"import (read, checked again and written in one transaction), {rows:N0} rows", import).ToString());
        await Console.Out.WriteLineAsync(Summarise($"the same file again (check and import, nothing created), {rows:N0} rows", again).ToString());
        await Console.Out.WriteLineAsync($"After each client's first consultation, the whole file added {lastLater!.Consultations:N0} consultations and {lastLater.NewCases:N0} new cases; {lastLater.AlreadyImported:N0} rows recognised.");
        await Console.Out.WriteLineAsync(Summarise($"the whole file after each client's first consultation (check and import), {rows:N0} rows", later).ToString());
    }

    /// <summary>A new, empty database with the file's lawyers, asked as the Moscow centre's coordinator.</summary>
    private static async Task<BenchmarkHost> CoordinatorsHostAsync(string database)
    {
        var host = await BenchmarkHost.CreateEmptyAsync(database);
        host.User.ActAsCoordinator(Moscow, await AddStaffAsync(host));
        return host;
    }

    private static async Task<int> AddStaffAsync(BenchmarkHost host)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var staff = ImportBenchmarkFile.Lawyers.Select(name => new StaffMember(name, Moscow)).ToList();
        db.StaffMembers.AddRange(staff);
        await db.SaveChangesAsync();
        return staff[0].Id;
    }

    private static async Task<ImportReport> ImportAsync(BenchmarkHost host, byte[] content)
    {
        var id = await SendAsync(host, new UploadImport("import.csv", content));
        await SendAsync(host, new CheckImport(id));
        return await SendAsync(host, new RunImport(id, SkipRejected: false));
    }

    private static async Task<T> SendAsync<T>(BenchmarkHost host, IRequest<T> request)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        // Each action's peak starts from what is still alive, not from the garbage the one before left.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (paused, collections, allocated) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        var started = Stopwatch.GetTimestamp();
        var peak = PeakMemory.Start();
        await using (peak)
        {
            await action();
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await Console.Out.WriteLineAsync(
            $"  {elapsed:0} ms, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms of processor time; " +
            $"{(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024:N0} MB allocated, garbage collection paused it {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms " +
            $"({GC.CollectionCount(2) - collections} full collections, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024:N0} MB after the last); " +
            $"peak heap {peak.HeapBytes / 1024 / 1024:N0} MB, peak working set {peak.WorkingSetBytes / 1024 / 1024:N0} MB");
        return elapsed;
    }

    private static Timing Summarise(string name, List<double> times)
    {
        times.Sort();
        return new Timing(name, times[times.Count / 2], times[0], times[^1], times.Count);
    }
}
