using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Lookups.GetLookups;

public sealed record Lookups(IReadOnlyList<CentreItem> Centres, IReadOnlyList<CategoryItem> Categories, IReadOnlyList<LawyerItem> Lawyers, IReadOnlyList<PartnerItem> Partners)
{
    /// <summary>Today at the user's centre (for accounts of every centre, at the programme's first centre): the forms' default date.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Every category, deactivated ones too: what filters offer, since old records keep them.</summary>
    public IReadOnlyList<CategoryItem> EveryCategory { get; init; } = [];
}

public sealed record PartnerItem
{
    public int Id { get; init; }

    public LocalisedName Name { get; init; } = new();

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<PartnerOrganisation, PartnerItem>().ForMember(d => d.Name, o => o.MapFrom(s => s));
    }
}

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

public sealed record LawyerItem
{
    public int Id { get; init; }

    public string FullName { get; init; } = string.Empty;

    public int CentreId { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StaffMember, LawyerItem>();
    }
}
