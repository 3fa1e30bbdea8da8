using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record ReferralItem : IVoidableItem
{
    public int Id { get; init; }

    public int Version { get; init; }

    public int PartnerId { get; init; }

    public LocalisedName PartnerName { get; init; } = new();

    public DateOnly ReferredOn { get; init; }

    public ReferralResult Result { get; init; }

    public DateOnly? ResultOn { get; init; }

    public string? Note { get; init; }

    public string? ResultNote { get; init; }

    public DateTime? VoidedAtUtc { get; init; }

    public string? VoidedByFullName { get; init; }

    public string? VoidReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Referral, ReferralItem>().ForMember(d => d.PartnerName, o => o.MapFrom(s => s.Partner));
    }
}
