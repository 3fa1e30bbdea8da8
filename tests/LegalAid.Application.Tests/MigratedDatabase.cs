using LegalAid.Infrastructure.Backup;

namespace LegalAid.Application.Tests;

/// <summary>
/// A database file the app's own initializer has brought up to date (<see cref="TestApp.StartAsync"/>), made once per
/// test run. Each <see cref="TestApp"/> starts from a copy of it, so applying every migration again is no longer most of
/// a test's time; the initializer still runs on the copy, and finds nothing to apply.
/// </summary>
internal static class MigratedDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public static async Task CopyToAsync(string databaseFile) => File.Copy(await Template.Value, databaseFile);

    private static async Task<string> CreateAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), "legalaid-tests", $"template-{Guid.NewGuid():N}.db");
        await using (var app = new TestApp())
        {
            await app.StartAsync();
            SqliteFile.Snapshot(app.DatabaseFile, template);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }
}
