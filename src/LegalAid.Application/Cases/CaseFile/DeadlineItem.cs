using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record DeadlineItem
{
    public int Id { get; init; }

    public DeadlineType Type { get; init; }

    public DateOnly DueOn { get; init; }

    public string? Note { get; init; }

    public bool IsDone { get; init; }

    public DateOnly? DoneOn { get; init; }

    /// <summary>See <see cref="Deadline.IsOverdueOn"/>; set for the day the case file is read.</summary>
    public bool IsOverdue { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Deadline, DeadlineItem>().ForMember(d => d.IsOverdue, o => o.Ignore());
    }
}
