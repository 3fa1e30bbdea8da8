using LegalAid.Infrastructure.Backup;

namespace LegalAid.Web.Tests;

/// <summary>
/// A database file the app's own start-up has migrated, made once per test run. Each <see cref="LegalAidFactory"/>
/// with a database of its own starts from a copy of it, so applying every migration again is no longer most of a
/// test's time; the app's start-up still runs on the copy, and finds nothing to apply.
/// </summary>
internal static class MigratedDatabase
{
    private static readonly Lazy<Task<string>> Template = new(() => Task.Run(CreateAsync));

    /// <remarks>Blocks: the factory configures its host synchronously.</remarks>
    public static void CopyTo(string databaseFile) => File.Copy(Template.Value.GetAwaiter().GetResult(), databaseFile);

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalaid-web-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var migrated = Path.Combine(folder, "migrated.db");
        await using (var app = new LegalAidFactory(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = $"Data Source={migrated};Pooling=False" }))
        {
            _ = app.Services;
        }

        var template = Path.Combine(folder, "template.db");
        SqliteFile.Snapshot(migrated, template);
        return template;
    }
}
