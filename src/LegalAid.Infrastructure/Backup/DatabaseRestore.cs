using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Documents;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.Data.Sqlite;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// <c>restore FILE</c> on SQLite: decrypts the backup into new files beside the database and the documents folder,
/// verifies them, and only then swaps them in. Data already there is replaced only with <c>--force</c> and while no
/// other process has the database open; it is kept beside, renamed, until the operator deletes it.
/// </summary>
public sealed class DatabaseRestore(LegalAidDbContext db, DocumentsFolder documents, BackupKeySource keys, DatabaseInitializer initializer, IAuditTrail audit, TimeProvider clock,
    OpenSqliteConnections? openConnections = null)
{
    public async Task<RestoreReport> RestoreAsync(string backupPath, bool force, bool verifyOnly, CancellationToken cancellationToken)
    {
        var database = LiveDatabase.PathOf(db);
        var file = Path.GetFullPath(backupPath);
        BackupRefusedException.ThrowIf(!File.Exists(file), $"There is no file {file}.");
        var key = keys.Current();
        if (!verifyOnly)
        {
            EnsureReplaceable(database, force);
        }

        using var databaseWork = PrivateFiles.FolderBeside(database);
        using var documentsWork = PrivateFiles.FolderBeside(documents.Path);
        var stagedDatabase = databaseWork.Combine("restored.sqlite");
        var stagedDocuments = documentsWork.Combine("documents");
        PrivateFiles.CreateFolder(stagedDocuments);
        ArchiveContents contents;
        using (var input = File.OpenRead(file))
        using (var decrypted = new DecryptingStream(input, key))
        {
            contents = BackupArchive.Read(decrypted, stagedDatabase, stagedDocuments, cancellationToken);
        }

        var problems = contents.Problems(stagedDatabase);
        BackupRefusedException.ThrowIf(problems.Count > 0, $"The backup does not verify: {string.Join("; ", problems)}");
        var manifest = contents.Manifest;
        string? keptDatabase = null;
        string? keptDocuments = null;
        if (!verifyOnly)
        {
            EnsureReplaceable(database, force);
            var suffix = $".before-restore-{clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
            keptDatabase = ReplaceFile(database, stagedDatabase, suffix);
            keptDocuments = ReplaceFolder(documents.Path, stagedDocuments, suffix);
            SqliteConnection.ClearAllPools();
            await initializer.MigrateAsync(cancellationToken);
            await audit.RecordAsync(
                new AuditEvent(AuditAction.Restored, DatabaseBackup.AuditEntityType, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"file={Path.GetFileName(file)}; created={manifest.CreatedAtUtc:yyyy-MM-ddTHH:mm:ssZ}; key={key.IdText}; rows={manifest.Rows}; documents={manifest.Documents.Count}")),
                cancellationToken);
        }

        return new RestoreReport(
            file, manifest.CreatedAtUtc, key.IdText, manifest.TableRows.Count, manifest.Rows, manifest.Documents.Count, manifest.DocumentBytes,
            database, documents.Path, !verifyOnly, keptDatabase, keptDocuments);
    }

    private void EnsureReplaceable(string database, bool force)
    {
        openConnections?.Clear();
        var holdsData = File.Exists(database) || (Directory.Exists(documents.Path) && Directory.EnumerateFileSystemEntries(documents.Path).Any());
        BackupRefusedException.ThrowIf(
            holdsData && !force,
            $"{database} or the documents folder {documents.Path} already holds data. To replace them, stop the app and restore again with --force; "
            + "the present files are then kept beside them, renamed.");
        BackupRefusedException.ThrowIf(
            File.Exists(database) && SqliteFile.IsInUse(database),
            $"{database} is open in another process: stop the app first, then restore again.");
    }

    private static string? ReplaceFile(string target, string staged, string suffix)
    {
        string? kept = null;
        if (File.Exists(target))
        {
            kept = target + suffix;
            File.Move(target, kept);
            PrivateFiles.Restrict(kept);
        }

        // Left by a database that is no longer there; SQLite would otherwise replay them into the restored file.
        foreach (var companion in SqliteFile.Companions)
        {
            File.Delete(target + companion);
        }

        File.Move(staged, target);
        return kept;
    }

    private static string? ReplaceFolder(string target, string staged, string suffix)
    {
        string? kept = null;
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            kept = target + suffix;
            Directory.Move(target, kept);
        }
        else if (Directory.Exists(target))
        {
            Directory.Delete(target);
        }

        Directory.Move(staged, target);
        return kept;
    }
}
