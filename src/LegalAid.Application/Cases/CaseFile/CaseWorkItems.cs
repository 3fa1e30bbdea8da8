using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record DeadlineItem
{
    public int Id { get; init; }

    public DeadlineType Type { get; init; }

    public DateOnly DueOn { get; init; }

    public string? Note { get; init; }

    public bool IsDone { get; init; }

    public DateOnly? DoneOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Deadline, DeadlineItem>();
    }
}

public sealed record DocumentItem
{
    public int Id { get; init; }

    public string FileName { get; init; } = string.Empty;

    public string ContentType { get; init; } = string.Empty;

    public long SizeBytes { get; init; }

    public DateTime UploadedAtUtc { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CaseDocument, DocumentItem>();
    }
}

public sealed record ReferralItem
{
    public int Id { get; init; }

    public string PartnerName { get; init; } = string.Empty;

    public DateOnly ReferredOn { get; init; }

    public ReferralResult Result { get; init; }

    public DateOnly? ResultOn { get; init; }

    public string? Note { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Referral, ReferralItem>();
    }
}
