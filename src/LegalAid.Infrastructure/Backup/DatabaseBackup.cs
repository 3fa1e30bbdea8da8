using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Documents;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.PersonalData;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// <c>backup --out FILE</c> on SQLite: an online snapshot of the database and a copy of the documents folder, in one
/// encrypted archive, read back and verified before it takes its name; then recorded in the audit trail.
/// </summary>
public sealed class DatabaseBackup(LegalAidDbContext db, DocumentsFolder documents, BackupKeySource keys, IAuditTrail audit, TimeProvider clock)
{
    public const string AuditEntityType = "Backup";

    public async Task<BackupReport> CreateAsync(string outputPath, CancellationToken cancellationToken)
    {
        var database = LiveDatabase.PathOf(db);
        var output = Path.GetFullPath(outputPath);
        BackupRefusedException.ThrowIf(File.Exists(output) || Directory.Exists(output), $"{output} exists: give the backup a new name (a backup never replaces another).");
        BackupRefusedException.ThrowIf(!Directory.Exists(Path.GetDirectoryName(output)), $"The folder {Path.GetDirectoryName(output)} does not exist.");
        BackupRefusedException.ThrowIf(
            output.StartsWith(Path.GetFullPath(documents.Path) + Path.DirectorySeparatorChar, StringComparison.Ordinal),
            $"{output} is inside the documents folder, which the backup copies: write it elsewhere.");
        BackupRefusedException.ThrowIf(!File.Exists(database), $"There is no database at {database}.");
        var key = keys.Current();

        using var work = PrivateFiles.FolderBeside(database);
        var snapshot = work.Combine("snapshot.sqlite");
        // The snapshot first: a document's file is saved before its row is committed, so every document the
        // snapshot lists is already in the folder when the folder is copied.
        SqliteFile.Snapshot(database, snapshot);
        var partial = output + ".partial";
        try
        {
            BackupManifest manifest;
            await using (var file = PrivateFiles.Create(partial))
            using (var encrypted = new EncryptingStream(file, key))
            {
                manifest = BackupArchive.Write(encrypted, snapshot, documents.Path, clock.GetUtcNow().UtcDateTime, cancellationToken);
                encrypted.Complete();
            }

            var notInFolder = DocumentsNotArchived(snapshot, manifest);
            File.Delete(snapshot);
            Verify(partial, key, manifest, work, cancellationToken);
            File.Move(partial, output);

            var report = new BackupReport(
                output, new FileInfo(output).Length, key.IdText, manifest.TableRows.Count, manifest.Rows, manifest.Documents.Count, manifest.DocumentBytes, notInFolder);
            await audit.RecordAsync(
                new AuditEvent(AuditAction.BackedUp, AuditEntityType, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"file={Path.GetFileName(output)}; bytes={report.Bytes}; key={report.KeyId}; tables={report.Tables}; rows={report.Rows}; documents={report.Documents}")),
                cancellationToken);
            return report;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Decrypts the file just written to a scratch copy and checks it against what was put in.</summary>
    private static void Verify(string file, BackupKey key, BackupManifest written, WorkFolder work, CancellationToken cancellationToken)
    {
        var copy = work.Combine("verify.sqlite");
        using var input = File.OpenRead(file);
        using var decrypted = new DecryptingStream(input, key);
        var problems = (BackupArchive.Read(decrypted, copy, documentsTo: null, cancellationToken) with { Manifest = written }).Problems(copy);
        BackupRefusedException.ThrowIf(problems.Count > 0, $"The backup did not verify after writing: {string.Join("; ", problems)}");
    }

    /// <summary>Documents the database lists whose file was not in the folder, or not with the content it was uploaded with.</summary>
    private static List<string> DocumentsNotArchived(string snapshot, BackupManifest manifest)
    {
        var archived = manifest.Documents.ToDictionary(d => d.Path, d => d.Sha256, StringComparer.Ordinal);
        return SqliteFile.Pairs(snapshot, "SELECT StorageKey, Sha256 FROM CaseDocuments")
            .Select(document => (Path: FileSystemDocumentStore.RelativePathOf(document.Key), document.Value))
            .Where(document => !string.Equals(archived.GetValueOrDefault(document.Path), document.Value, StringComparison.OrdinalIgnoreCase))
            .Select(document => document.Path)
            .ToList();
    }
}
