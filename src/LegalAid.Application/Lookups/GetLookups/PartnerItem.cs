using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Partners;

namespace LegalAid.Application.Lookups.GetLookups;

public sealed record PartnerItem
{
    public int Id { get; init; }

    public LocalisedName Name { get; init; } = new();

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<PartnerOrganisation, PartnerItem>().ForMember(d => d.Name, o => o.MapFrom(s => s));
    }
}
