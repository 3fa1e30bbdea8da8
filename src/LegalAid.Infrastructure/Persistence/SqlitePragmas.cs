using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Tunes every SQLite connection. SQLite's own page cache is 1 MB per connection, half its default: the operating
/// system caches the file for all connections, so a larger cache each only added to the server's resident memory (8 MB
/// about 60 MB more than 2 MB, and 2 MB 12 MB more than 1 MB, for the same throughput and import time:
/// benchmarks/README.md, "Load test").
/// No memory-mapped I/O: each pooled connection's mapping of the file counted again in resident memory (about 950 MB
/// under 50 connections on the million-consultation file, 450 MB without), for no gain in processor time per request.
/// With secure_delete, whatever a write removes (an anonymised name, a destroyed audit key) is overwritten with
/// zeros instead of lingering in free space of the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA mmap_size = 0; PRAGMA cache_size = -1000; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;";

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
