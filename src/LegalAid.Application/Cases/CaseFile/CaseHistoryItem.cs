using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record CaseHistoryItem
{
    public CaseStatus Status { get; init; }

    /// <summary>An opening after the case was closed, not the first.</summary>
    public bool IsReopening { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? ByStaffMemberFullName { get; init; }

    public DateTime RecordedAtUtc { get; init; }

    public string? Note { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CaseStatusChange, CaseHistoryItem>().ForMember(d => d.IsReopening, o => o.Ignore());
    }
}
