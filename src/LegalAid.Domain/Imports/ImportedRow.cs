namespace LegalAid.Domain.Imports;

/// <summary>
/// A spreadsheet row that became a consultation, under its stable source key: the same row in a later file is
/// recognised and skipped, and the case it went to is found again by <see cref="CaseKey"/>.
/// </summary>
public sealed class ImportedRow
{
    /// <summary>Hex SHA-256.</summary>
    public const int SourceKeyLength = 64;

    public const int CaseKeyMaxLength = 100;

    private ImportedRow()
    {
        SourceKey = CaseKey = string.Empty;
    }

    public ImportedRow(int centreId, string sourceKey, int dataImportId, int clientId, int caseId, int consultationId, string caseKey)
    {
        CentreId = centreId;
        SourceKey = sourceKey;
        DataImportId = dataImportId;
        ClientId = clientId;
        CaseId = caseId;
        ConsultationId = consultationId;
        CaseKey = caseKey;
    }

    public int CentreId { get; private set; }

    public string SourceKey { get; private set; }

    public int DataImportId { get; private set; }

    public int ClientId { get; private set; }

    public int CaseId { get; private set; }

    public int ConsultationId { get; private set; }

    /// <summary>How the file named the row's case: its own case reference, or the problem category when it gave none.</summary>
    public string CaseKey { get; private set; }
}
