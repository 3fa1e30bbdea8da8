using LegalAid.Application;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Infrastructure;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegalAid.Benchmarks;

/// <summary>The Application and Infrastructure layers wired as in the app, over one SQLite file built once by the demo generator.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    /// <summary>
    /// The audit trail's master key of the benchmark files, which hold invented demo data only: the same for every host
    /// and every run, so that the clients' keys written once stay readable.
    /// </summary>
    private const string DemoMasterKey = "YmVuY2htYXJrLW9ubHktZGVtby1kYXRhLWtleS0wMDE=";

    private readonly ServiceProvider services;

    private BenchmarkHost(string databasePath, TimeSpan statisticsFreshFor)
    {
        DatabasePath = databasePath;
        // Settings from the environment as the app takes them (Import__CasesPerSave=1000), but never its database or key.
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:LegalAid"] = $"Data Source={databasePath}",
                ["Audit:MasterKey"] = DemoMasterKey,
            })
            .Build();
        services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddApplication()
            .AddInfrastructure(configuration, Path.GetDirectoryName(databasePath)!)
            .AddSingleton<ICurrentUser>(User)
            .AddSingleton<ISubmissionKey, NoSubmissionKey>()
            .Configure<StatisticsOptions>(options => options.FreshFor = statisticsFreshFor)
            .Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section))
            .BuildServiceProvider();
    }

    public string DatabasePath { get; }

    public BenchmarkUser User { get; } = new();

    /// <param name="statisticsFreshFor">Zero reads the database on every statistics request (cold); more keeps facts in memory (warm).</param>
    public static async Task<BenchmarkHost> OpenAsync(string databasePath, DemoDataOptions size, TimeSpan statisticsFreshFor)
    {
        var host = new BenchmarkHost(Path.GetFullPath(databasePath), statisticsFreshFor);
        var exists = File.Exists(host.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(host.DatabasePath)!);
        await using var scope = host.services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        if (!exists)
        {
            await Console.Out.WriteLineAsync($"Building {host.DatabasePath}: {size.Clients:N0} clients, {size.Consultations:N0} consultations, {size.Years} years (once)...");
            var summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().GenerateAsync(size, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Built in {summary.Elapsed.TotalSeconds:0} s: {summary.Cases:N0} cases.");
        }

        return host;
    }

    /// <summary>A new database with the migrations applied and nothing else (the import suite fills it).</summary>
    public static async Task<BenchmarkHost> CreateEmptyAsync(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var host = new BenchmarkHost(path, TimeSpan.Zero);
        await using var scope = host.services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return host;
    }

    public AsyncServiceScope Scope() => services.CreateAsyncScope();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
