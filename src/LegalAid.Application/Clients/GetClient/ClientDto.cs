using System.Text.Json.Serialization;
using AutoMapper;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Clients.GetClient;

public sealed record ClientDto
{
    public int Id { get; init; }

    public int Version { get; init; }

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

    public string? MessengerContact { get; init; }

    public string? RegionOfOrigin { get; init; }

    public string PreferredLanguage { get; init; } = string.Empty;

    public DateOnly ConsentGivenOn { get; init; }

    /// <summary>What the client agreed to, as stored: one value of flags.</summary>
    [JsonIgnore]
    public ConsentScope ConsentScopeSet { get; init; }

    /// <summary>What the client agreed to, each scope once, as a client is registered with them.</summary>
    public IReadOnlyList<ConsentScope> ConsentScopes => ConsentScopeSet.Each();

    public DateOnly? ConsentWithdrawnOn { get; init; }

    public DateOnly? AnonymisedOn { get; init; }

    public int RegisteringCentreId { get; init; }

    public LocalisedName RegisteringCentreName { get; init; } = new();

    public DateTime RegisteredAtUtc { get; init; }

    /// <summary>The centre that holds the client now (the registering one unless they were transferred).</summary>
    public int CentreId { get; init; }

    public LocalisedName CentreName { get; init; } = new();

    /// <summary>The reader's centre holds the client: only it edits them or opens cases for them.</summary>
    public bool HeldByReadersCentre { get; init; }

    public IReadOnlyList<ClientCaseItem> Cases { get; init; } = [];

    /// <summary>Today's date at the client's centre: the default of the dates the client page's forms ask for.</summary>
    public DateOnly CentreToday { get; init; }

    public string FullName { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Client, ClientDto>()
                .ForMember(d => d.FamilyName, o => o.MapFrom(s => s.Name.FamilyName))
                .ForMember(d => d.GivenName, o => o.MapFrom(s => s.Name.GivenName))
                .ForMember(d => d.Patronymic, o => o.MapFrom(s => s.Name.Patronymic))
                .ForMember(d => d.LatinName, o => o.MapFrom(s => s.Name.LatinName))
                .ForMember(d => d.FullName, o => o.MapFrom(s => s.Name.FullName))
                .ForMember(d => d.ConsentGivenOn, o => o.MapFrom(s => s.Consent.GivenOn))
                .ForMember(d => d.ConsentScopeSet, o => o.MapFrom(s => s.Consent.Scope))
                .ForMember(d => d.ConsentScopes, o => o.Ignore())
                .ForMember(d => d.RegisteringCentreName, o => o.MapFrom(s => s.RegisteringCentre))
                .ForMember(d => d.CentreName, o => o.MapFrom(s => s.Centre))
                .ForMember(d => d.Cases, o => o.Ignore())
                .ForMember(d => d.HeldByReadersCentre, o => o.Ignore())
                .ForMember(d => d.CentreToday, o => o.Ignore());
    }
}
