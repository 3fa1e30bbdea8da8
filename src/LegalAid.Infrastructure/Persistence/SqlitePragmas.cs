using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Tunes every SQLite connection: an 8 MB page cache each (SQLite's default is 2 MB; the operating system caches the
/// file for all connections). No memory-mapped I/O: each pooled connection's mapping of the file counted again in
/// the server's resident memory (about 950 MB under 50 connections on the million-consultation file, 450 MB
/// without), for no measurable gain in processor time per request (benchmarks/README.md, "Load test").
/// With secure_delete, whatever a write removes (an anonymised name, a destroyed audit key) is overwritten with
/// zeros instead of lingering in free space of the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA cache_size = -8192; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;";

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
