using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Lookups.GetLookups;

public sealed record CategoryItem
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public LocalisedName Name { get; init; } = new();

    public bool IsActive { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProblemCategory, CategoryItem>().ForMember(d => d.Name, o => o.MapFrom(s => s));
    }
}
