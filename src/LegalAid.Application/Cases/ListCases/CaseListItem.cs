using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.ListCases;

public sealed record CaseListItem
{
    public int Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public int ClientId { get; init; }

    public string ClientFamilyName { get; init; } = string.Empty;

    public string ClientGivenName { get; init; } = string.Empty;

    public DateOnly? ClientConsentWithdrawnOn { get; init; }

    public DateOnly? ClientAnonymisedOn { get; init; }

    public string CentreCode { get; init; } = string.Empty;

    public string AssignedLawyerFullName { get; init; } = string.Empty;

    public DateOnly OpenedOn { get; init; }

    public CaseStatus Status { get; init; }

    public LocalisedName PrimaryCategory { get; init; } = new();

    public DateOnly? ClosedOn { get; init; }

    public CaseOutcome? Outcome { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Case, CaseListItem>()
                .ForMember(d => d.ClientFamilyName, o => o.MapFrom(s => s.Client.Name.FamilyName))
                .ForMember(d => d.ClientGivenName, o => o.MapFrom(s => s.Client.Name.GivenName));
    }
}
