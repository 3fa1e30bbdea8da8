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

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Deadline, DeadlineItem>();
    }
}
