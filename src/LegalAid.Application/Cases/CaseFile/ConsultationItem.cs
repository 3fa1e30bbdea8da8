using System.Text.Json.Serialization;
using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record ConsultationItem : IVoidableItem
{
    public int Id { get; init; }

    public int Version { get; init; }

    public DateTime HeldAtUtc { get; init; }

    /// <summary>The time at the centre, for display.</summary>
    [CentreLocalTime]
    public DateTime HeldAtLocal { get; init; }

    public ConsultationChannel Channel { get; init; }

    public int LawyerId { get; init; }

    public string LawyerFullName { get; init; } = string.Empty;

    public int DurationMinutes { get; init; }

    /// <summary>What was done, as stored: one value of flags.</summary>
    [JsonIgnore]
    public ConsultationActions ActionSet { get; init; }

    /// <summary>What was done, each action once, as a consultation is logged with them.</summary>
    public IReadOnlyList<ConsultationActions> Actions => ActionSet.Each();

    public IReadOnlyList<int> CategoryIds { get; init; } = [];

    public IReadOnlyList<LocalisedName> Categories { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>The call back promised at this consultation (a deadline of the case), unless voided.</summary>
    public DateOnly? FollowUpOn { get; init; }

    public DateTime? CorrectedAtUtc { get; init; }

    public DateTime? VoidedAtUtc { get; init; }

    public string? VoidedByFullName { get; init; }

    public string? VoidReason { get; init; }

    /// <summary>Whether the reader may correct or void it: its author or a coordinator.</summary>
    public bool MayCorrect { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Consultation, ConsultationItem>()
                .ForMember(d => d.ActionSet, o => o.MapFrom(s => s.Actions))
                .ForMember(d => d.Actions, o => o.Ignore())
                .ForMember(d => d.HeldAtLocal, o => o.Ignore())
                .ForMember(d => d.MayCorrect, o => o.Ignore())
                .ForMember(d => d.CategoryIds, o => o.MapFrom(s => s.Categories.Select(c => c.ProblemCategoryId)))
                // Explicit, not left to the query filter: the "show voided" view reads past it.
                .ForMember(d => d.FollowUpOn, o => o.MapFrom(s => s.FollowUps.Where(f => f.VoidedAtUtc == null).Select(f => (DateOnly?)f.DueOn).FirstOrDefault()))
                .ForMember(d => d.Categories, o => o.Ignore()); // named by CaseFileQueries from the kept reference data
    }
}
