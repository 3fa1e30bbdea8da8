using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Clients.GetClient;

public sealed record ClientCaseItem
{
    public int Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public CaseStatus Status { get; init; }

    public DateOnly OpenedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public LocalisedName PrimaryCategory { get; init; } = new();

    public string CentreCode { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Case, ClientCaseItem>();
    }
}
