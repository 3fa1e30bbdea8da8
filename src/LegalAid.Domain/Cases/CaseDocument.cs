using LegalAid.Domain.Common;

namespace LegalAid.Domain.Cases;

/// <summary>
/// A file kept with a case (a contract, a court decision, a photo of a patent); the bytes live in the document store.
/// A voided document (say, another client's passport) keeps its record, but its bytes leave the store.
/// </summary>
public sealed class CaseDocument : CorrectableRecord
{
    public const int FileNameMaxLength = 200;
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    private CaseDocument()
    {
        FileName = null!;
        ContentType = null!;
        StorageKey = null!;
        Sha256 = null!;
    }

    internal CaseDocument(string fileName, string contentType, long sizeBytes, string storageKey, string sha256, Actor actor)
    {
        Guard.Require(sizeBytes is > 0 and <= MaxSizeBytes, DomainErrors.FileTooLarge, "File", "A document holds between 1 byte and 10 MB.");
        FileName = Guard.RequiredText(fileName, nameof(FileName), FileNameMaxLength);
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StorageKey = storageKey;
        Sha256 = sha256;
        UploadedAtUtc = actor.NowUtc;
        UploadedByStaffMemberId = actor.StaffMemberId;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Where the document store keeps the bytes; never derived from the file name.</summary>
    public string StorageKey { get; private set; }

    public string Sha256 { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public int? UploadedByStaffMemberId { get; private set; }
}
