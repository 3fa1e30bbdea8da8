namespace LegalAid.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (the embedded default) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, relative to the content root, used when no connection string is configured.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "legalaid.db");

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// EF Core's check that a context is never used by two operations at once. It costs an async-local write per row
    /// read; on in development and tests, where it catches the mistake, and off in production (appsettings.json).
    /// </summary>
    public bool ThreadSafetyChecks { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
