using LegalAid.Domain.Common;

namespace LegalAid.Domain.Imports;

/// <summary>
/// A spreadsheet a centre brings in: the uploaded file until it is imported or given up, the report of its last
/// check, and the rows that check rejected. The file holds personal data, so it is kept no longer than needed.
/// </summary>
public sealed class DataImport : IVersioned
{
    public const int FileNameMaxLength = 255;

    /// <summary>About 150,000 rows of a typical spreadsheet.</summary>
    public const int MaxFileBytes = 50 * 1024 * 1024;

    private DataImport()
    {
        FileName = Sha256 = UploadedBy = string.Empty;
    }

    public DataImport(int centreId, string fileName, byte[] content, string sha256, string uploadedBy, DateTime uploadedAtUtc)
        : this()
    {
        Guard.Require(content.Length > 0, DomainErrors.Required, nameof(Content), "An import needs a file.");
        Guard.Require(content.Length <= MaxFileBytes, DomainErrors.FileTooLarge, nameof(Content), "The file is too large.");
        CentreId = centreId;
        FileName = Guard.RequiredText(fileName, nameof(FileName), FileNameMaxLength);
        Content = content;
        SizeBytes = content.Length;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAtUtc = uploadedAtUtc;
        Status = ImportStatus.Uploaded;
    }

    public int Id { get; private set; }

    public int CentreId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The uploaded file; null once imported or given up.</summary>
    public byte[]? Content { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Hex SHA-256 of the uploaded file.</summary>
    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public ImportStatus Status { get; private set; }

    public DateTime? CheckedAtUtc { get; private set; }

    /// <summary>What the last check (or the import) found, as the Application writes it (JSON).</summary>
    public string? Report { get; private set; }

    /// <summary>The rows the last check rejected, with their problems, as a CSV file; null when none.</summary>
    public byte[]? Rejects { get; private set; }

    public DateTime? ImportedAtUtc { get; private set; }

    public string? ImportedBy { get; private set; }

    public int Version { get; private set; }

    public bool CanBeChecked => Status is ImportStatus.Uploaded or ImportStatus.Checked;

    public void RecordCheck(string report, byte[]? rejects, DateTime atUtc)
    {
        Guard.RequireState(CanBeChecked, DomainErrors.ImportClosed, "The import is already done or given up.");
        Report = report;
        Rejects = rejects;
        CheckedAtUtc = atUtc;
        Status = ImportStatus.Checked;
    }

    /// <summary>Records the import's report; the uploaded file goes, the rows it skipped as rejected stay for download.</summary>
    public void RecordImport(string report, byte[]? rejects, string by, DateTime atUtc)
    {
        Guard.RequireState(Status == ImportStatus.Checked, DomainErrors.ImportNotChecked, "Check the file before importing it.");
        Report = report;
        Rejects = rejects;
        ImportedBy = by;
        ImportedAtUtc = atUtc;
        Content = null;
        Status = ImportStatus.Imported;
    }

    /// <summary>Deletes the uploaded file and its rejected rows; the report (counts and problems, no names) stays.</summary>
    public void Discard()
    {
        Content = null;
        Rejects = null;
        if (Status != ImportStatus.Imported)
        {
            Status = ImportStatus.Discarded;
        }
    }
}
