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

    /// <summary>A client's personal data removed after the retention period (or after consent was withdrawn); the figures stay.</summary>
    Anonymised = 13,

    /// <summary>A client's personal data removed at once on request, with the administrator's reason.</summary>
    Erased = 14,
}
