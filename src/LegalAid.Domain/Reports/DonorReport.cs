using LegalAid.Domain.Common;

namespace LegalAid.Domain.Reports;

/// <summary>
/// A generated donor report, archived as it was issued: its PDF and SHA-256 never change (the database refuses
/// it too), and so does the information its suppression of small counts cost. Programme staff publish it and may
/// withdraw it later with a reason; donors see published reports and download those not withdrawn, and the archive
/// keeps both the report and why it was withdrawn.
/// </summary>
public sealed class DonorReport : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int WithdrawalReasonMaxLength = 1000;

    public DonorReport(string title, string language, DateOnly periodFrom, DateOnly periodTo, string centres, string documentId, byte[] content, string sha256, string createdBy, DateTime createdAtUtc, InformationLoss loss)
    {
        Guard.Require(periodFrom <= periodTo, DomainErrors.InvalidPeriod, nameof(PeriodTo), "A period ends after it starts.");
        Guard.Require(content.Length > 0, DomainErrors.Required, nameof(Content), "A report has content.");
        Title = Guard.RequiredText(title, nameof(Title), TitleMaxLength);
        Language = language;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Centres = centres;
        DocumentId = documentId;
        Content = content;
        SizeBytes = content.Length;
        Sha256 = sha256;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
        TableCells = loss.Cells;
        HiddenCells = loss.HiddenCells;
        HiddenTotals = loss.HiddenTotals;
        HiddenShare = loss.HiddenShare;
    }

    private DonorReport()
    {
        Title = Language = Centres = DocumentId = Sha256 = CreatedBy = string.Empty;
        Content = [];
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string Language { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>The codes of the centres the figures cover, e.g. "MOW, KZN, CHE".</summary>
    public string Centres { get; private set; }

    public string DocumentId { get; private set; }

    public byte[] Content { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Hex SHA-256 of <see cref="Content"/>, shown in the app so a copy can be checked against the archive.</summary>
    public string Sha256 { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The cells of the report's tables; null for reports archived before suppression was measured (so are the next three).</summary>
    public int? TableCells { get; private set; }

    public int? HiddenCells { get; private set; }

    /// <summary>Totals of 5 or more hidden to protect a small count.</summary>
    public int? HiddenTotals { get; private set; }

    /// <summary>The hidden inner cells' share of all counts in the inner cells, from 0 to 1.</summary>
    public decimal? HiddenShare { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public string? WithdrawnBy { get; private set; }

    /// <summary>Why the report was withdrawn, as programme staff wrote it; the donors who had it are told.</summary>
    public string? WithdrawalReason { get; private set; }

    public int Version { get; private set; }

    public bool IsPublished => PublishedAtUtc is not null;

    public bool IsWithdrawn => WithdrawnAtUtc is not null;

    public void Publish(string by, DateTime atUtc)
    {
        Guard.RequireState(!IsWithdrawn, DomainErrors.AlreadyWithdrawn, "The report was withdrawn; a corrected report is a new one.");
        Guard.RequireState(!IsPublished, DomainErrors.AlreadyPublished, "The report is already published.");
        PublishedAtUtc = atUtc;
        PublishedBy = by;
    }

    public ReportScope Scope() => new(PeriodFrom, PeriodTo, Centres);

    /// <summary>Takes a published report away from donors for good; a corrected report is a new one.</summary>
    public void Withdraw(string reason, string by, DateTime atUtc)
    {
        Guard.RequireState(IsPublished, DomainErrors.NotPublished, "Only a published report can be withdrawn.");
        Guard.RequireState(!IsWithdrawn, DomainErrors.AlreadyWithdrawn, "The report is already withdrawn.");
        WithdrawalReason = Guard.RequiredText(reason, nameof(WithdrawalReason), WithdrawalReasonMaxLength, multiline: true);
        WithdrawnAtUtc = atUtc;
        WithdrawnBy = by;
    }
}
