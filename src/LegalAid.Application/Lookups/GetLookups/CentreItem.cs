using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Centres;

namespace LegalAid.Application.Lookups.GetLookups;

public sealed record CentreItem
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public LocalisedName Name { get; init; } = new();

    public string City { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Centre, CentreItem>().ForMember(d => d.Name, o => o.MapFrom(s => s));
    }
}
