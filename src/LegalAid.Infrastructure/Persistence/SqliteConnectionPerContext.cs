using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Keeps a context's SQLite connection open from its first use until the context is disposed (the end of a request),
/// where EF Core would close it after every query and open it again for the next. Each opening takes a connection from
/// Microsoft.Data.Sqlite's pool and runs the other interceptors again (pragmas, name collation): one opening a request
/// instead of one a query took 10–20 % off a page's processor time (benchmarks/README.md, "One connection per
/// request"). A request that never reads the database opens nothing. Outside a transaction SQLite holds no lock
/// between statements, and every transaction ends with a commit or a rollback (<see cref="TransactionWork"/>), so a
/// connection kept open keeps no writer waiting.
/// </summary>
internal sealed class SqliteConnectionPerContext : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
