namespace LegalAid.Application.Audit.Common;

/// <summary>
/// The kinds of record and event the audit trail names, as it names them; the audit page offers them by their names in
/// the reader's language (resource keys <c>AuditEntity.&lt;name&gt;</c>).
/// </summary>
public static class AuditEntityTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Client", "Case", "Consultation", "CaseCategory", "ConsultationCategory", "CaseStatusChange", "Deadline", "CaseDocument",
        "Referral", "OpposingParty", "PartnerOrganisation", "ProblemCategory", "Centre", "StaffMember", "DonorReport", "DonorReportNotice",
        "Statistics", "Desk", "ClientTransfer", "TransferredCase", "DataImport", "ImportMapping", "CalendarFeed", "Backup",
        "Account", "AccountRole", "AccountSecret", "AccountClaim", "AccountLogin", "Role", "RoleClaim", "ApiToken", "Session", "AuditEntry",
        Application.Common.Security.AccessDenials.Request, Application.Common.Security.AccessDenials.Endpoint,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}
