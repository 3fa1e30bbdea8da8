using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// SQLite connections kept open from one context to the next. Opening one, even from Microsoft.Data.Sqlite's pool,
/// registers EF Core's dozen functions and our name collation again and runs the pragmas, and closing it discards
/// every statement it prepared; a connection kept open keeps all of that (<see cref="SqliteStatementCache"/>). A context
/// takes one when it first needs a connection (<see cref="KeptOpenSqliteConnection"/>) and gives it back here when it
/// is disposed, at the end of its request. Only an idle connection comes back: one still inside a transaction or
/// still reading is disposed instead, so no context inherits another's transaction or its view of the data; so is one
/// opened around EF Core (by a direct <c>Open</c>), which the interceptors did not set up. Outside
/// a transaction SQLite holds no lock between statements, so an open connection keeps no writer waiting. No more are
/// kept than were in use at once, which the server's limit on concurrent requests bounds (<c>Server:ConcurrentRequests</c>).
/// A connection string with <c>Pooling=False</c> keeps none, as it keeps none in Microsoft.Data.Sqlite's pool.
/// </summary>
public sealed class OpenSqliteConnections(bool keep) : DbConnectionInterceptor, IDisposable
{
    private readonly ConcurrentStack<SqliteConnection> idle = new();

    /// <summary>
    /// The connections EF Core opened, with the handle it opened them on: the interceptors set that connection and
    /// handle up (pragmas, collation, statement tracking).
    /// </summary>
    private readonly ConditionalWeakTable<SqliteConnection, sqlite3> setUp = new();
    private volatile bool disposed;

    public SqliteConnection? TryTake() => idle.TryPop(out var connection) ? connection : null;

    /// <summary>Lets <see cref="IsIdle"/> look through the connection's statements (SQLitePCLRaw tracks them only when asked to).</summary>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var sqlite = (SqliteConnection)connection;
        sqlite.Handle!.enable_sqlite3_next_stmt(true);
        setUp.AddOrUpdate(sqlite, sqlite.Handle);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        TryKeep(connection) ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(ConnectionDisposing(connection, eventData, result));

    /// <summary>Closes the idle connections, for example before a restore replaces the database file.</summary>
    public void Clear()
    {
        while (idle.TryPop(out var connection))
        {
            connection.Dispose();
        }
    }

    public void Dispose()
    {
        disposed = true;
        Clear();
    }

    private bool TryKeep(DbConnection connection)
    {
        if (!keep || disposed || connection is not SqliteConnection { State: ConnectionState.Open, Handle: { } handle } sqlite
            || !setUp.TryGetValue(sqlite, out var opened) || opened != handle || !IsIdle(handle))
        {
            return false;
        }

        idle.Push(sqlite);
        if (disposed)
        {
            Clear();
        }

        return true;
    }

    private static bool IsIdle(sqlite3 handle)
    {
        if (raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }

        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            if (raw.sqlite3_stmt_busy(statement) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
