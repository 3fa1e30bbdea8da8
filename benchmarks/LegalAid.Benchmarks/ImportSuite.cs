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
/// imported again (every row recognised, nothing created). Each run starts from a new, empty database.
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

        var (check, import, again) = (new List<double>(), new List<double>(), new List<double>());
        ImportReport? last = null;
        for (var run = -1; run < runs; run++)
        {
            var database = Path.Combine(folder, $"import-run-{run + 1}.db");
            await using (var host = await BenchmarkHost.CreateEmptyAsync(database))
            {
                var lawyer = await AddStaffAsync(host);
                host.User.ActAsCoordinator(Moscow, lawyer);
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

            foreach (var file in Directory.GetFiles(folder, Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }

        await Console.Out.WriteLineAsync($"Imported {last!.Consultations:N0} consultations, {last.NewClients:N0} clients, {last.NewCases:N0} cases; {last.Rejected} rows rejected.");
        await Console.Out.WriteLineAsync(Summarise($"check (dry run), {rows:N0} rows", check).ToString());
        await Console.Out.WriteLineAsync(Summarise($"import (read, checked again and written in one transaction), {rows:N0} rows", import).ToString());
        await Console.Out.WriteLineAsync(Summarise($"the same file again (check and import, nothing created), {rows:N0} rows", again).ToString());
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

    private static async Task<T> SendAsync<T>(BenchmarkHost host, IRequest<T> request)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (paused, collections, allocated) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        var started = Stopwatch.GetTimestamp();
        await action();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await Console.Out.WriteLineAsync(
            $"  {elapsed:0} ms, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms of processor time; " +
            $"{(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024:N0} MB allocated, garbage collection paused it {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms " +
            $"({GC.CollectionCount(2) - collections} full collections, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024:N0} MB after the last)");
        return elapsed;
    }

    private static Timing Summarise(string name, List<double> times)
    {
        times.Sort();
        return new Timing(name, times[times.Count / 2], times[0], times[^1], times.Count);
    }
}
