using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// Lets EF Core's SQL Server provider run with no server: connections are always open without connecting (so EF Core
/// keeps a transaction across its commands, as on a real connection), transactions are no-ops, and every command is captured with its text and answered by <see cref="OfflineCommand"/>, so every query a
/// use case makes has to be translated to T-SQL first.
/// </summary>
internal sealed class OfflineSqlServer : IDbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public List<CapturedCommand> Commands { get; } = [];

    public InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new OfflineConnection(eventData.ConnectionString));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        InterceptionResult<DbTransaction>.SuppressWithResult(new OfflineTransaction(connection, eventData.IsolationLevel));

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionStarting(connection, eventData, result));

    // EF Core wraps each SaveChanges in a savepoint with a command of its own making: nothing to save here.
    public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public ValueTask<InterceptionResult> ReleasingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public ValueTask<InterceptionResult> RollingBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result) =>
        InterceptionResult<DbCommand>.SuppressWithResult(new OfflineCommand(this));

    /// <summary>A command as EF Core sent it, and what SQL Server's parser says about it.</summary>
    internal sealed record CapturedCommand(string Text, IReadOnlyList<string> ParseErrors);

    private sealed class OfflineConnection(string? connectionString) : DbConnection
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get; set; } = connectionString ?? string.Empty;

        public override string Database => "LegalAid";

        public override string DataSource => "offline.invalid";

        public override string ServerVersion => "16.00.4135";

        public override ConnectionState State => ConnectionState.Open;

        public override void ChangeDatabase(string databaseName)
        {
        }

        public override void Open()
        {
        }

        public override void Close()
        {
        }

        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new OfflineTransaction(this, isolationLevel);

        protected override DbCommand CreateDbCommand() => throw new NotSupportedException("Commands are created by the offline server's interceptor.");
    }

    private sealed class OfflineTransaction(DbConnection connection, IsolationLevel isolationLevel) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => isolationLevel;

        protected override DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }

    private sealed class OfflineCommand(OfflineSqlServer server) : DbCommand
    {
        private readonly SqlCommand parameters = new();

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText { get; set; } = string.Empty;

        public override int CommandTimeout { get; set; }

        public override CommandType CommandType { get; set; }

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection { get; set; }

        protected override DbParameterCollection DbParameterCollection => parameters.Parameters;

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override void Prepare()
        {
        }

        protected override DbParameter CreateDbParameter() => new SqlParameter();

        public override int ExecuteNonQuery()
        {
            Capture();
            return 1;
        }

        public override object ExecuteScalar()
        {
            Capture();
            return 1;
        }

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
            new PlausibleReader(Capture(), parameters.Parameters.Cast<SqlParameter>().Where(p => p.Value is "[]").Select(p => p.ParameterName).ToHashSet());

        private Microsoft.SqlServer.TransactSql.ScriptDom.TSqlScript Capture()
        {
            var (script, errors) = TSql.Parse(CommandText);
            server.Commands.Add(new CapturedCommand(CommandText, errors));
            return script;
        }

        protected override void Dispose(bool disposing)
        {
            parameters.Dispose();
            base.Dispose(disposing);
        }
    }
}
