using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>A statement that broke a unique key or index, on either provider (EF Core wraps it in a DbUpdateException).</summary>
internal static class UniqueKeyViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool In(Exception exception) => (exception as SqliteException ?? exception.InnerException as SqliteException) is { } sqlite
        ? sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey
        : (exception as SqlException ?? exception.InnerException as SqlException) is { Number: 2627 or 2601 };
}
