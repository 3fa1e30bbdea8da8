using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using LegalAid.Infrastructure.PersonalData;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// What a backup holds, as a tar stream (encrypted around it): the database snapshot, every file of the documents
/// folder under <c>documents/</c>, and last the <see cref="BackupManifest"/>.
/// </summary>
internal static class BackupArchive
{
    private const string DatabaseEntry = "database.sqlite";
    private const string ManifestEntry = "manifest.json";
    private const string DocumentsPrefix = "documents/";

    public static BackupManifest Write(Stream archive, string snapshot, string documentsFolder, DateTime createdAtUtc, CancellationToken cancellationToken)
    {
        using var tar = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true);
        var tableRows = SqliteFile.CountRows(snapshot);
        using (var database = File.OpenRead(snapshot))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, DatabaseEntry) { DataStream = database });
        }

        var documents = new List<ArchivedDocument>();
        var files = Directory.Exists(documentsFolder) ? Directory.EnumerateFiles(documentsFolder, "*", SearchOption.AllDirectories) : [];
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(documentsFolder, path).Replace(Path.DirectorySeparatorChar, '/');
            using var file = File.OpenRead(path);
            var sha256 = Convert.ToHexString(SHA256.HashData(file));
            file.Position = 0;
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, DocumentsPrefix + relative) { DataStream = file });
            documents.Add(new ArchivedDocument(relative, file.Length, sha256));
        }

        var manifest = new BackupManifest(createdAtUtc, tableRows, documents);
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest));
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, ManifestEntry) { DataStream = json });
        return manifest;
    }

    /// <summary>
    /// Reads a whole archive: the database goes to <paramref name="databaseTo"/>, the documents under
    /// <paramref name="documentsTo"/> (or are only hashed when it is null). Reads on to the end of the stream, so that
    /// a decrypting stream authenticates the last chunk.
    /// </summary>
    public static ArchiveContents Read(Stream archive, string databaseTo, string? documentsTo, CancellationToken cancellationToken)
    {
        BackupManifest? manifest = null;
        var hasDatabase = false;
        var documents = new List<ArchivedDocument>();
        using (var tar = new TarReader(archive, leaveOpen: true))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var data = entry.DataStream ?? Stream.Null;
                if (entry.EntryType != TarEntryType.RegularFile)
                {
                    throw Unexpected(entry.Name);
                }
                else if (entry.Name == DatabaseEntry)
                {
                    using var database = PrivateFiles.Create(databaseTo);
                    data.CopyTo(database);
                    hasDatabase = true;
                }
                else if (entry.Name == ManifestEntry)
                {
                    manifest = JsonSerializer.Deserialize<BackupManifest>(data) ?? throw Unexpected(entry.Name);
                }
                else if (entry.Name.StartsWith(DocumentsPrefix, StringComparison.Ordinal))
                {
                    var relative = entry.Name[DocumentsPrefix.Length..];
                    documents.Add(CopyDocument(data, relative, documentsTo is null ? null : Within(documentsTo, relative)));
                }
                else
                {
                    throw Unexpected(entry.Name);
                }
            }
        }

        archive.CopyTo(Stream.Null);
        if (manifest is null || !hasDatabase)
        {
            throw new BackupRefusedException("The backup file holds no database or no manifest: it was not made by the backup command.");
        }

        return new ArchiveContents(manifest, documents);
    }

    private static ArchivedDocument CopyDocument(Stream data, string relative, string? to)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var file = to is null ? null : CreateFile(to);
        var buffer = new byte[81920];
        long bytes = 0;
        for (int read; (read = data.Read(buffer)) > 0; bytes += read)
        {
            hash.AppendData(buffer, 0, read);
            file?.Write(buffer, 0, read);
        }

        return new ArchivedDocument(relative, bytes, Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static FileStream CreateFile(string path)
    {
        PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
        return PrivateFiles.Create(path);
    }

    /// <summary>The path of a document under <paramref name="folder"/>; a name that would lead outside it is refused.</summary>
    private static string Within(string folder, string relative)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, relative));
        return relative.Length > 0 && !relative.Contains('\\', StringComparison.Ordinal) && path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw Unexpected(DocumentsPrefix + relative);
    }

    private static BackupRefusedException Unexpected(string name) =>
        new($"The backup file holds an entry the backup command never writes ({name}).");
}

/// <summary>What an archive turned out to hold: its manifest and the documents found in it, as read.</summary>
internal sealed record ArchiveContents(BackupManifest Manifest, IReadOnlyList<ArchivedDocument> Documents)
{
    /// <summary>
    /// Why the copy is not what the manifest says: <c>integrity_check</c> findings, tables whose row counts differ,
    /// documents missing, extra or different. Empty when it verifies.
    /// </summary>
    public List<string> Problems(string database)
    {
        var problems = SqliteFile.IntegrityProblems(database).Select(problem => $"integrity_check: {problem}").ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        var rows = SqliteFile.CountRows(database);
        problems.AddRange(Manifest.TableRows.Keys.Union(rows.Keys)
            .Where(table => Manifest.TableRows.GetValueOrDefault(table, -1) != rows.GetValueOrDefault(table, -1))
            .Select(table => $"table {table}: {rows.GetValueOrDefault(table)} rows, the snapshot had {Manifest.TableRows.GetValueOrDefault(table)}"));
        var found = Documents.ToHashSet();
        problems.AddRange(Manifest.Documents.Where(d => !found.Contains(d)).Select(d => $"document {d.Path} is missing or differs"));
        problems.AddRange(Documents.Except(Manifest.Documents).Select(d => $"document {d.Path} is not in the manifest"));
        return problems;
    }
}
