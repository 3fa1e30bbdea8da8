using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

public sealed record DocumentItem : IVoidableItem
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string FileName { get; init; } = string.Empty;

    public string ContentType { get; init; } = string.Empty;

    public long SizeBytes { get; init; }

    public DateTime UploadedAtUtc { get; init; }

    public DateTime? VoidedAtUtc { get; init; }

    public string? VoidedByFullName { get; init; }

    public string? VoidReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CaseDocument, DocumentItem>();
    }
}
