using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Tunes every SQLite connection. SQLite's own page cache stays at its default of 2 MB per connection: the operating
/// system caches the file for all connections, and an 8 MB cache each only added to the server's resident memory
/// (about 60 MB more at 200 connections, the same throughput, the same import time: benchmarks/README.md, "Load test").
/// No memory-mapped I/O: each pooled connection's mapping of the file counted again in resident memory (about 950 MB
/// under 50 connections on the million-consultation file, 450 MB without), for no gain in processor time per request.
/// With secure_delete, whatever a write removes (an anonymised name, a destroyed audit key) is overwritten with
/// zeros instead of lingering in free space of the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
