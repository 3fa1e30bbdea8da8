namespace LegalAid.Infrastructure.Backup;

/// <summary>A backup written and verified.</summary>
public sealed record BackupReport(
    string Path,
    long Bytes,
    string KeyId,
    int Tables,
    long Rows,
    int Documents,
    long DocumentBytes,
    IReadOnlyList<string> DocumentsNotInFolder);

/// <summary>A backup read and verified, and, unless only verified, restored.</summary>
public sealed record RestoreReport(
    string BackupPath,
    DateTime BackupCreatedAtUtc,
    string KeyId,
    int Tables,
    long Rows,
    int Documents,
    long DocumentBytes,
    string Database,
    string DocumentsFolder,
    bool Restored,
    string? KeptDatabase,
    string? KeptDocuments);
