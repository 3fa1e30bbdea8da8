using System.Text.Json.Serialization;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// The last entry of a backup: what the snapshot held (rows per table) and every document with its size and
/// SHA-256, against which the copy is verified after writing and before a restore.
/// </summary>
internal sealed record BackupManifest(
    DateTime CreatedAtUtc,
    IReadOnlyDictionary<string, long> TableRows,
    IReadOnlyList<ArchivedDocument> Documents)
{
    [JsonIgnore]
    public long Rows => TableRows.Values.Sum();

    [JsonIgnore]
    public long DocumentBytes => Documents.Sum(d => d.Bytes);
}

/// <summary>A document in the archive: its path under the documents folder ('/' between folders), size and SHA-256 (hex).</summary>
internal sealed record ArchivedDocument(string Path, long Bytes, string Sha256);
