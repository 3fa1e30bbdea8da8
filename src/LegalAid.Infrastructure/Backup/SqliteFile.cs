using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LegalAid.Infrastructure.Backup;

/// <summary>What the backup needs of SQLite files: an online copy, their row counts and integrity, and whether another process has one open.</summary>
internal static class SqliteFile
{
    private const int Busy = 5;

    /// <summary>The files SQLite keeps beside a database, named by the suffix they add to its name.</summary>
    public static readonly IReadOnlyList<string> Companions = ["-wal", "-shm", "-journal"];

    /// <summary>
    /// A consistent copy of <paramref name="source"/> through SQLite's backup API, taken in one step: it reads one
    /// snapshot while the app goes on writing (WAL), so it holds every transaction committed before it began.
    /// </summary>
    public static void Snapshot(string source, string destination)
    {
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        // The read lock can be briefly unavailable (a connection closing checkpoints the WAL away); SQLite's own
        // busy handler waits for it, as the app's commands wait for their locks.
        Query(from, "PRAGMA busy_timeout = 30000");
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
        // The copy is a file to ship, with no -wal beside it; the app turns WAL on again when it opens it.
        Query(to, "PRAGMA journal_mode = DELETE");
    }

    public static SortedDictionary<string, long> CountRows(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        var tables = Query(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        return new SortedDictionary<string, long>(
            tables.ToDictionary(table => table, table => long.Parse(Query(connection, $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")[0], System.Globalization.CultureInfo.InvariantCulture)),
            StringComparer.Ordinal);
    }

    /// <summary><c>PRAGMA integrity_check</c>: empty when the file is sound, otherwise what SQLite found (at most 10 lines).</summary>
    public static IReadOnlyList<string> IntegrityProblems(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        var result = Query(connection, "PRAGMA integrity_check(10)");
        return result is ["ok"] ? [] : result;
    }

    /// <summary>The values of one text column, as (key, value) pairs.</summary>
    public static List<(string Key, string Value)> Pairs(string path, string sql)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    /// <summary>
    /// True when another connection has the database open: the app's pooled connections keep it open while it runs.
    /// Leaving WAL mode (which the app always sets) needs every other connection closed, so trying it answers the
    /// question; the file is then put back in the mode it was in.
    /// </summary>
    public static bool IsInUse(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite, busyTimeoutSeconds: 1);
        var mode = Query(connection, "PRAGMA journal_mode")[0];
        try
        {
            Query(connection, "PRAGMA journal_mode = DELETE");
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode == Busy)
        {
            return true;
        }

        Query(connection, $"PRAGMA journal_mode = {mode}");
        return false;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode, int busyTimeoutSeconds = 30)
    {
        // No pool: a pooled connection would keep the file open after the copy is renamed or deleted.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = busyTimeoutSeconds }.ToString());
        connection.Open();
        SqliteNameCollation.Register(connection);
        return connection;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
