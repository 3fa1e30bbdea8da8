using AutoMapper;
using LegalAid.Application.Clients.Common;
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

    /// <summary>E.164, e.g. "+996555123456".</summary>
    public string? Phone { get; init; }

    /// <summary>The phone in international format, e.g. "+996 555 123 456".</summary>
    public string? PhoneDisplay => ClientPhone.Display(Phone, Citizenship);

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
