using AutoMapper;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.FindClients;

public sealed record ClientListItem
{
    public int Id { get; init; }

    public string FamilyName { get; init; } = string.Empty;

    public string GivenName { get; init; } = string.Empty;

    public string? Patronymic { get; init; }

    public string? LatinName { get; init; }

    public Sex Sex { get; init; }

    public int? BirthYear { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string Citizenship { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public string RegisteringCentreCode { get; init; } = string.Empty;

    public DateOnly? ConsentWithdrawnOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Client, ClientListItem>()
                .ForMember(d => d.FamilyName, o => o.MapFrom(s => s.Name.FamilyName))
                .ForMember(d => d.GivenName, o => o.MapFrom(s => s.Name.GivenName))
                .ForMember(d => d.Patronymic, o => o.MapFrom(s => s.Name.Patronymic))
                .ForMember(d => d.LatinName, o => o.MapFrom(s => s.Name.LatinName));
    }
}
