using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Keeps each open SQLite connection's statements prepared for the next command with the same SQL. Microsoft.Data.Sqlite
/// prepares (parses and plans) every command afresh, which was about a tenth of the server's time under the load test
/// (benchmarks/README.md); the statements the app sends are few and repeat, and a connection now stays open from one
/// request to the next (<see cref="OpenSqliteConnections"/>). EF Core's fresh command is swapped, once it holds its SQL
/// and parameters, for the kept command with that SQL, lent until EF Core disposes it.
/// </summary>
internal sealed class SqliteStatementCache : DbCommandInterceptor
{
    /// <summary>Enough for every statement the app sends often; one-off SQL (a batch of some size) only fills it, and a full cache starts over.</summary>
    public const int MostKept = 100;

    private readonly ConditionalWeakTable<SqliteConnection, KeptCommands> kept = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: { } connection } command ? kept.GetOrCreateValue(connection).Lend(command) : result;

    /// <summary>One connection's commands that are not lent out, by their SQL; a connection serves one context at a time.</summary>
    private sealed class KeptCommands
    {
        private readonly Dictionary<string, SqliteCommand> idle = new(StringComparer.Ordinal);

        public LentSqliteCommand Lend(SqliteCommand fresh)
        {
            if (!idle.Remove(fresh.CommandText, out var command))
            {
                return new LentSqliteCommand(fresh, GiveBack);
            }

            foreach (SqliteParameter parameter in fresh.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            command.Transaction = fresh.Transaction;
            command.CommandTimeout = fresh.CommandTimeout;
            fresh.Parameters.Clear();
            fresh.Dispose();
            return new LentSqliteCommand(command, GiveBack);
        }

        private void GiveBack(SqliteCommand command)
        {
            command.Parameters.Clear();
            command.Transaction = null;
            if (idle.Count >= MostKept)
            {
                foreach (var dropped in idle.Values)
                {
                    dropped.Dispose();
                }

                idle.Clear();
            }

            if (!idle.TryAdd(command.CommandText, command))
            {
                command.Dispose();
            }
        }
    }
}
