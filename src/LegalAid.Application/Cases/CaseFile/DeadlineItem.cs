using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record DeadlineItem : IVoidableItem
{
    public int Id { get; init; }

    public int Version { get; init; }

    public DeadlineType Type { get; init; }

    public DateOnly DueOn { get; init; }

    /// <summary>The time at the centre, when the deadline has one.</summary>
    public TimeOnly? DueAt { get; init; }

    public string? Place { get; init; }

    public string? Note { get; init; }

    /// <summary>Set at a consultation as its next contact.</summary>
    public bool IsFollowUp { get; init; }

    public bool IsDone { get; init; }

    /// <summary>Marked done by a later consultation on its day (<see cref="Deadline.KeptByConsultationId"/>).</summary>
    public bool IsKeptByContact { get; init; }

    public DateOnly? DoneOn { get; init; }

    /// <summary>See <see cref="Deadline.IsOverdueOn"/>; set for the day the case file is read.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>See <see cref="Deadline.IsUpcomingHearingOn"/>; set for the day the case file is read.</summary>
    public bool IsUpcomingHearing { get; init; }

    public DateTime? VoidedAtUtc { get; init; }

    public string? VoidedByFullName { get; init; }

    public string? VoidReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Deadline, DeadlineItem>()
            .ForMember(d => d.IsFollowUp, o => o.MapFrom(s => s.ConsultationId != null))
            .ForMember(d => d.IsKeptByContact, o => o.MapFrom(s => s.KeptByConsultationId != null))
            .ForMember(d => d.IsOverdue, o => o.Ignore())
            .ForMember(d => d.IsUpcomingHearing, o => o.Ignore());
    }
}
