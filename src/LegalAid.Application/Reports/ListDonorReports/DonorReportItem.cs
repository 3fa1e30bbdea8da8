using AutoMapper;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Reports.ListDonorReports;

/// <summary>An archived report as the archive lists it: never its content.</summary>
public sealed record DonorReportItem
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Language { get; init; } = string.Empty;

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    /// <summary>The codes of the centres the report covers, as archived.</summary>
    public string Centres { get; init; } = string.Empty;

    /// <summary>The same centres by name, in the reader's language.</summary>
    public string CentreNames { get; init; } = string.Empty;

    public string DocumentId { get; init; } = string.Empty;

    public string Sha256 { get; init; } = string.Empty;

    public long SizeBytes { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The cells of the report's tables; null for reports archived before suppression was measured, and for donors (so are the next three).</summary>
    public int? TableCells { get; init; }

    /// <summary>Cells shown as "&lt;5" or "x".</summary>
    public int? HiddenCells { get; init; }

    /// <summary>Totals hidden to protect another cell.</summary>
    public int? HiddenTotals { get; init; }

    /// <summary>The hidden inner cells' share of all counts in the inner cells, from 0 to 1.</summary>
    public decimal? HiddenShare { get; init; }

    public DateTime? PublishedAtUtc { get; init; }

    public string? PublishedBy { get; init; }

    public DateTime? WithdrawnAtUtc { get; init; }

    public string? WithdrawnBy { get; init; }

    public string? WithdrawalReason { get; init; }

    /// <summary>Whether the reader may download it: not a donor once it is withdrawn.</summary>
    public bool Downloadable { get; init; }

    /// <summary>The addresses the report was e-mailed to; null for donors.</summary>
    public int? EmailedDonors { get; init; }

    /// <summary>
    /// Whether the reader may e-mail donors the report or its withdrawal now (NotifyDonors): programme staff, e-mail
    /// configured, and the report published and still out, or withdrawn with donors who had it to tell.
    /// </summary>
    public bool MayNotify { get; init; }

    /// <summary>The time zone the reader sees <see cref="CreatedAtUtc"/>, <see cref="PublishedAtUtc"/> and <see cref="WithdrawnAtUtc"/> in.</summary>
    public string TimeZoneId { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<DonorReport, DonorReportItem>().ForMember(d => d.TimeZoneId, o => o.Ignore()).ForMember(d => d.CentreNames, o => o.Ignore()).ForMember(d => d.EmailedDonors, o => o.Ignore()).ForMember(d => d.Downloadable, o => o.Ignore()).ForMember(d => d.MayNotify, o => o.Ignore());
    }
}
