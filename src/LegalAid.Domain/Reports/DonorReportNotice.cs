using LegalAid.Domain.Common;

namespace LegalAid.Domain.Reports;

/// <summary>What a donor was e-mailed about a report.</summary>
public enum DonorNoticeKind
{
    /// <summary>The published report, attached.</summary>
    Report = 1,

    /// <summary>That the report they received was withdrawn, and why.</summary>
    Withdrawal = 2,
}

/// <summary>
/// One e-mail that reached the SMTP server for a donor: the archive knows who holds a copy of a report, so a
/// withdrawal tells exactly those donors, even one whose account has been locked since.
/// </summary>
public sealed class DonorReportNotice
{
    public const int EmailMaxLength = 256;

    public DonorReportNotice(int donorReportId, string email, DonorNoticeKind kind, DateTime sentAtUtc)
    {
        DonorReportId = donorReportId;
        Email = Guard.RequiredText(email, nameof(Email), EmailMaxLength);
        Kind = kind;
        SentAtUtc = sentAtUtc;
    }

    private DonorReportNotice()
    {
        Email = string.Empty;
    }

    public int Id { get; private set; }

    public int DonorReportId { get; private set; }

    public string Email { get; private set; }

    public DonorNoticeKind Kind { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}
