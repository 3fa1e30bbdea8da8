using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Registers <see cref="NameCollations.Sqlite"/> on every SQLite connection as it opens (pooled ones too): SQLite
/// knows only binary order, which puts Ў and Latin letters before А. The comparison is ICU's Russian collation,
/// which also puts Cyrillic before Latin.
/// </summary>
internal sealed class SqliteNameCollation : DbConnectionInterceptor
{
    private static readonly CompareInfo Russian = CultureInfo.GetCultureInfo("ru-RU").CompareInfo;

    public static int Compare(string? x, string? y) => Russian.Compare(x, y, CompareOptions.IgnoreCase);

    /// <summary>Changes when ICU's Russian collation orders some strings differently (<see cref="NameCollationIndexes"/>).</summary>
    public static int Version => Russian.Version.FullVersion;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Also needed by a connection the app opens outside EF Core that checks the file's integrity: the clients list's
    /// index is ordered by this collation.
    /// </summary>
    public static void Register(SqliteConnection connection) => connection.CreateCollation(NameCollations.Sqlite, Compare);

    private static void Register(DbConnection connection) => Register((SqliteConnection)connection);
}
