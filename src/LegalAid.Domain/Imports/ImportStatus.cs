namespace LegalAid.Domain.Imports;

public enum ImportStatus
{
    /// <summary>Stored, not yet checked.</summary>
    Uploaded = 1,

    /// <summary>Checked: the report says what the import would create and every problem.</summary>
    Checked = 2,

    /// <summary>Imported; the uploaded file is gone, the report and the rejected rows stay.</summary>
    Imported = 3,

    /// <summary>Given up: the uploaded file and its rejected rows are gone, the report stays.</summary>
    Discarded = 4,
}
