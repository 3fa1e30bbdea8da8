using System.Globalization;
using AutoMapper;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Common.Models;

/// <summary>A name kept in the three UI languages; shown in the current UI culture's language.</summary>
public sealed record LocalisedName
{
    public string Ru { get; init; } = string.Empty;

    public string Ky { get; init; } = string.Empty;

    public string En { get; init; } = string.Empty;

    public override string ToString() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ky" => Ky,
        "en" => En,
        _ => Ru,
    };

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<ProblemCategory, LocalisedName>()
                .ForMember(d => d.Ru, o => o.MapFrom(s => s.NameRu))
                .ForMember(d => d.Ky, o => o.MapFrom(s => s.NameKy))
                .ForMember(d => d.En, o => o.MapFrom(s => s.NameEn));
    }
}
