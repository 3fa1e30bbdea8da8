using LegalAid.Infrastructure.Backup;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Creates the database if needed, brings its schema up to date (the audit trail's entries from before it was sealed and
/// chained included) and makes sure the roles and a data-protection key exist.
/// </summary>
public sealed class DatabaseInitializer(LegalAidDbContext db, Identity.RoleSeeder roles, DataProtection.KeyRingKeeper keyRing, Auditing.LegacyAuditUpgrade legacyAudit)
{
    /// <summary>
    /// Clients stored before the phonetic keys or the name tokens existed (or whose keys a migration cleared after the
    /// folding rules changed) get them now; a no-op once done. Anonymised clients have no names to key.
    /// </summary>
    private async Task RefreshStaleSearchKeysAsync(CancellationToken cancellationToken)
    {
        var after = 0;
        while (await db.Clients.IgnoreQueryFilters().Where(c => (c.FamilyNameKey == string.Empty || !c.NameTokens.Any()) && c.AnonymisedOn == null && c.Id > after).OrderBy(c => c.Id).Take(1000).ToListAsync(cancellationToken) is { Count: > 0 } stale)
        {
            stale.ForEach(c => c.RefreshSearchKeys());
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = stale[^1].Id;
        }
    }

    private static void RestrictDatabaseFiles(string dataSource)
    {
        foreach (var suffix in SqliteFile.Companions.Prepend(string.Empty))
        {
            PrivateFiles.Restrict(dataSource + suffix);
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var dataSource = db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
        if (dataSource is not null)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            // Before SQLite opens it too: the journal files it makes take the database file's mode.
            RestrictDatabaseFiles(dataSource);
        }

        // An up-to-date schema skips Migrate, and with it EF Core's comparison of the model with the migrations' (about a
        // tenth of a second at each start); .ci/run makes that comparison for both providers.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (dataSource is not null)
        {
            RestrictDatabaseFiles(dataSource);
            // WAL lets readers go on while a lawyer's change is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await NameCollationIndexes.RebuildWhenTheCollationChangedAsync(db.Database, cancellationToken);
            // Without statistics SQLite's planner cannot tell a centre's 100,000 cases from one client's two and may
            // read the first to answer the second. A sampled ANALYZE takes milliseconds even at a million rows.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=400; ANALYZE;", cancellationToken);
        }

        await legacyAudit.RunAsync(cancellationToken);
        await roles.EnsureRolesAsync();
        keyRing.EnsureKeyAhead();
        await RefreshStaleSearchKeysAsync(cancellationToken);
    }
}
