using AutoMapper;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record CaseDto
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string Number { get; init; } = string.Empty;

    public int ClientId { get; init; }

    public string ClientFamilyName { get; init; } = string.Empty;

    public string ClientGivenName { get; init; } = string.Empty;

    public string? ClientPatronymic { get; init; }

    public string? ClientLatinName { get; init; }

    public string ClientPreferredLanguage { get; init; } = string.Empty;

    public DateOnly? ClientConsentWithdrawnOn { get; init; }

    public DateOnly? ClientAnonymisedOn { get; init; }

    /// <summary>
    /// Once the client is anonymised the case takes only what ends its work: closing it without a note and marking its
    /// deadlines done (the rest is refused by <c>AnonymisedClientBehaviour</c>); its page offers nothing else.
    /// </summary>
    public bool OnlyEndsWork => ClientAnonymisedOn is not null;

    public int CentreId { get; init; }

    public LocalisedName CentreName { get; init; } = new();

    public string CentreTimeZoneId { get; init; } = string.Empty;

    public int AssignedLawyerId { get; init; }

    public string AssignedLawyerFullName { get; init; } = string.Empty;

    /// <summary>False once the lawyer's account is locked: the case waits for a coordinator to reassign it.</summary>
    public bool AssignedLawyerIsActive { get; init; }

    public DateOnly OpenedOn { get; init; }

    public CaseStatus Status { get; init; }

    public int PrimaryCategoryId { get; init; }

    public LocalisedName PrimaryCategory { get; init; } = new();

    public IReadOnlyList<int> OtherCategoryIds { get; init; } = [];

    public IReadOnlyList<LocalisedName> OtherCategories { get; init; } = [];

    public string? Summary { get; init; }

    public int? OpposingPartyId { get; init; }

    public string? OpposingPartyName { get; init; }

    public OpposingPartyKind? OpposingPartyKind { get; init; }

    public long? AmountClaimedMinorUnits { get; init; }

    public long AmountRecoveredMinorUnits { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public IReadOnlyList<ConsultationItem> Consultations { get; init; } = [];

    /// <summary>How many earlier consultations the timeline leaves out when it shows only the latest.</summary>
    public int EarlierConsultations { get; init; }

    public IReadOnlyList<CaseHistoryItem> History { get; init; } = [];

    public IReadOnlyList<DeadlineItem> Deadlines { get; init; } = [];

    public IReadOnlyList<DocumentItem> Documents { get; init; } = [];

    public IReadOnlyList<ReferralItem> Referrals { get; init; } = [];

    /// <summary>How many consultations, deadlines, documents and referrals of the case were voided (shown only when asked for).</summary>
    public int VoidedItems { get; init; }

    /// <summary>How many other cases the user can see name the same opposing party: a repeat offender.</summary>
    public int OpposingPartyOtherCases { get; init; }

    /// <summary>The time at the case's centre when the case was read, to the minute.</summary>
    [CentreLocalTime]
    public DateTime CentreNow { get; init; }

    /// <summary>Today's date at the case's centre: the default of the dates its forms ask for.</summary>
    public DateOnly CentreToday => DateOnly.FromDateTime(CentreNow);

    public decimal? AmountClaimed => AmountClaimedMinorUnits / 100m;

    public decimal AmountRecovered => AmountRecoveredMinorUnits / 100m;

    /// <summary>Joined here rather than read from the client, so that a case file reads only the name of its client.</summary>
    public string ClientFullName => PersonName.Join(ClientFamilyName, ClientGivenName, ClientPatronymic);

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Case, CaseDto>()
                .ForMember(d => d.ClientFamilyName, o => o.MapFrom(s => s.Client.Name.FamilyName))
                .ForMember(d => d.ClientGivenName, o => o.MapFrom(s => s.Client.Name.GivenName))
                .ForMember(d => d.ClientPatronymic, o => o.MapFrom(s => s.Client.Name.Patronymic))
                .ForMember(d => d.ClientLatinName, o => o.MapFrom(s => s.Client.Name.LatinName))
                .ForMember(d => d.ClientPreferredLanguage, o => o.MapFrom(s => s.Client.PreferredLanguage))
                .ForMember(d => d.CentreName, o => o.MapFrom(s => s.Centre))
                .ForMember(d => d.OtherCategoryIds, o => o.MapFrom(s => s.OtherCategories.Select(c => c.ProblemCategoryId)))
                .ForMember(d => d.OtherCategories, o => o.Ignore()) // named by CaseFileQueries from the kept reference data
                .ForMember(d => d.AmountClaimedMinorUnits, o => o.MapFrom(s => s.AmountClaimed == null ? (long?)null : s.AmountClaimed.MinorUnits))
                .ForMember(d => d.AmountRecoveredMinorUnits, o => o.MapFrom(s => s.AmountRecovered.MinorUnits))
                .ForMember(d => d.Consultations, o => o.Ignore())
                .ForMember(d => d.History, o => o.Ignore())
                .ForMember(d => d.Deadlines, o => o.Ignore())
                .ForMember(d => d.Documents, o => o.Ignore())
                .ForMember(d => d.Referrals, o => o.Ignore())
                .ForMember(d => d.OpposingPartyOtherCases, o => o.Ignore())
                .ForMember(d => d.EarlierConsultations, o => o.Ignore())
                .ForMember(d => d.VoidedItems, o => o.Ignore())
                .ForMember(d => d.CentreNow, o => o.Ignore());
    }
}
