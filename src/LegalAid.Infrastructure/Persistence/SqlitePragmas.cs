using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Tunes every SQLite connection for reads over a large file: SQLite's default page cache is 2 MB, so a
/// statistics query over a million consultations would read most pages from disk twice; pooled connections keep
/// their 16 MB cache. No memory-mapped I/O: every pooled connection's mapping of the file counted again in the
/// server's resident memory (about 950 MB under 50 connections on the million-consultation file, 450 MB without),
/// for no measurable gain in processor time per request once the file is in the operating system's cache
/// (benchmarks/README.md, "Load test").
/// With secure_delete, whatever a write removes (an anonymised name, a destroyed audit key) is overwritten with
/// zeros instead of lingering in free space of the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements = "PRAGMA cache_size = -16384; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;";

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
