using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Persistence;

#pragma warning disable EF1001 // SQLite's connection is internal API: this keeps all of it and changes only when a connection opens and closes.

/// <summary>
/// A context's SQLite connection, taken open from <see cref="OpenSqliteConnections"/> when there is one there, and never
/// closed by EF Core, which would close it after every query and at the end of the context: it stays open until the
/// context is disposed, and then goes back to <see cref="OpenSqliteConnections"/> or, when that does not keep it, is
/// disposed (which closes it). A request that never reads the database takes nothing.
/// </summary>
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly OpenSqliteConnections openConnections = dependencies.ContextOptions.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
        ?.GetRequiredService<OpenSqliteConnections>() ?? throw new InvalidOperationException("The SQLite context needs the application's services.");

    protected override DbConnection CreateDbConnection() => openConnections.TryTake() ?? base.CreateDbConnection();

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}
