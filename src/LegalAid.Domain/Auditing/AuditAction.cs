namespace LegalAid.Domain.Auditing;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    Viewed = 4,
    Searched = 5,
    Exported = 6,
    ReportGenerated = 7,
    SignedIn = 8,
    SignInFailed = 9,
    SignedOut = 10,

    /// <summary>A request refused: a role the account lacks, or a record of another centre asked for by id.</summary>
    AccessDenied = 11,

    /// <summary>A sign-in session was ended by its owner from another device, or an administrator ended an account's sessions.</summary>
    SessionEnded = 12,

    /// <summary>An encrypted backup of the database and the documents was written and verified (the <c>backup</c> command).</summary>
    BackedUp = 13,

    /// <summary>The database and the documents were replaced by those of a backup (the <c>restore</c> command); recorded in the restored database.</summary>
    Restored = 14,

    /// <summary>A client's personal data removed after the retention period (or after consent was withdrawn); the figures stay.</summary>
    Anonymised = 15,

    /// <summary>A client's personal data removed at once on request, with the administrator's reason.</summary>
    Erased = 16,

    /// <summary>A spreadsheet of records imported: the file (name, SHA-256) and what it created and skipped.</summary>
    Imported = 17,

    /// <summary>An account given another role: which account, from which role to which (the role rows themselves name them by id).</summary>
    RoleChanged = 18,
}
