using System.Globalization;
using AutoMapper;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Common.Models;

/// <summary>
/// A name kept in the three UI languages (of a problem category, a centre, a partner organisation); shown in the
/// current UI culture's language, so pages, Kyrgyz PDFs and the English donor report each read their own.
/// </summary>
public sealed record LocalisedName
{
    public string Ru { get; init; } = string.Empty;

    public string Ky { get; init; } = string.Empty;

    public string En { get; init; } = string.Empty;

    /// <summary>The name in the current UI language; the Russian one where that language's is not given.</summary>
    public override string ToString() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ky" when Ky.Length > 0 => Ky,
        "en" when En.Length > 0 => En,
        _ => Ru,
    };

    public static LocalisedName Of(Centre centre) => new() { Ru = centre.Name, Ky = centre.NameKy, En = centre.NameEn };

    /// <summary>A name as a form gives it, each language's part trimmed.</summary>
    public static LocalisedName Of(string? ru, string? ky, string? en) =>
        new() { Ru = ru?.Trim() ?? string.Empty, Ky = ky?.Trim() ?? string.Empty, En = en?.Trim() ?? string.Empty };

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ProblemCategory, LocalisedName>()
                .ForMember(d => d.Ru, o => o.MapFrom(s => s.NameRu))
                .ForMember(d => d.Ky, o => o.MapFrom(s => s.NameKy))
                .ForMember(d => d.En, o => o.MapFrom(s => s.NameEn));
            CreateMap<Centre, LocalisedName>()
                .ForMember(d => d.Ru, o => o.MapFrom(s => s.Name))
                .ForMember(d => d.Ky, o => o.MapFrom(s => s.NameKy))
                .ForMember(d => d.En, o => o.MapFrom(s => s.NameEn));
            CreateMap<PartnerOrganisation, LocalisedName>()
                .ForMember(d => d.Ru, o => o.MapFrom(s => s.Name))
                .ForMember(d => d.Ky, o => o.MapFrom(s => s.NameKy))
                .ForMember(d => d.En, o => o.MapFrom(s => s.NameEn));
        }
    }
}
