using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>A kept SQLite command as EF Core sees it: everything goes to the command, and disposing gives it back (<see cref="SqliteStatementCache"/>).</summary>
internal sealed class LentSqliteCommand(SqliteCommand command, Action<SqliteCommand> giveBack) : DbCommand
{
    private bool givenBack;

    [AllowNull]
    public override string CommandText
    {
        get => command.CommandText;
        set => command.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => command.CommandTimeout;
        set => command.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => command.CommandType;
        set => command.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => command.DesignTimeVisible;
        set => command.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => command.UpdatedRowSource;
        set => command.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => command.Connection;
        set => command.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => command.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => command.Transaction;
        set => command.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => command.Cancel();

    public override int ExecuteNonQuery() => command.ExecuteNonQuery();

    public override object? ExecuteScalar() => command.ExecuteScalar();

    public override void Prepare() => command.Prepare();

    protected override DbParameter CreateDbParameter() => command.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => command.ExecuteReader(behavior);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await command.ExecuteReaderAsync(behavior, cancellationToken);

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => command.ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => command.ExecuteScalarAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !givenBack)
        {
            givenBack = true;
            giveBack(command);
        }

        base.Dispose(disposing);
    }
}
