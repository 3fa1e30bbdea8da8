using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Backup;

/// <summary>The app's SQLite file, as its connection string names it; SQL Server databases are backed up by SQL Server.</summary>
internal static class LiveDatabase
{
    public const string OnSqlServer =
        "The database is on SQL Server: back it up with SQL Server's own BACKUP DATABASE ... WITH ENCRYPTION "
        + "(and the documents volume beside it), and restore it with RESTORE DATABASE. See \"Backups on SQL Server\" in deploy/README.md.";

    public static string PathOf(LegalAidDbContext db) =>
        db.Database.IsSqlite()
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)
            : throw new BackupRefusedException(OnSqlServer);
}
