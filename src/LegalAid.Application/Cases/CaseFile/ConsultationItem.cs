using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record ConsultationItem
{
    public int Id { get; init; }

    public DateTime HeldAtUtc { get; init; }

    /// <summary>The time at the centre, for display.</summary>
    public DateTime HeldAtLocal { get; init; }

    public ConsultationChannel Channel { get; init; }

    public int LawyerId { get; init; }

    public string LawyerFullName { get; init; } = string.Empty;

    public int DurationMinutes { get; init; }

    public ConsultationActions Actions { get; init; }

    public IReadOnlyList<LocalisedName> Categories { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>The call back promised at this consultation (a deadline of the case).</summary>
    public DateOnly? FollowUpOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Consultation, ConsultationItem>()
                .ForMember(d => d.HeldAtLocal, o => o.Ignore())
                .ForMember(d => d.FollowUpOn, o => o.MapFrom(s => s.FollowUp == null ? (DateOnly?)null : s.FollowUp.DueOn))
                .ForMember(d => d.Categories, o => o.MapFrom(s => s.Categories.Select(c => c.ProblemCategory)));
    }
}
