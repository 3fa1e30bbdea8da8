using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests;

/// <summary>
/// A database file the app's own initializer has brought up to date, made once per test run. Each <see cref="TestApp"/>
/// starts from a copy of it, so applying every migration again is no longer most of a test's time; the initializer
/// still runs on the copy, and finds nothing to apply.
/// </summary>
internal static class MigratedDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public static async Task CopyToAsync(string databaseFile) => File.Copy(await Template.Value, databaseFile);

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalaid-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var migrated = Path.Combine(folder, "migrated.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:LegalAid"] = $"Data Source={migrated};Pooling=False",
                ["Audit:MasterKey"] = TestApp.MasterKey,
            })
            .Build();
        await using (var services = new ServiceCollection().AddLogging().AddApplication().AddInfrastructure(configuration, folder).AddSingleton<ICurrentUser>(new TestCurrentUser()).BuildServiceProvider())
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        // SQLite's backup copies the database as one consistent file, whatever its write-ahead log still holds.
        var template = Path.Combine(folder, "template.db");
        using var source = new SqliteConnection($"Data Source={migrated};Pooling=False");
        using var copy = new SqliteConnection($"Data Source={template};Pooling=False");
        source.Open();
        source.BackupDatabase(copy);
        return template;
    }
}
