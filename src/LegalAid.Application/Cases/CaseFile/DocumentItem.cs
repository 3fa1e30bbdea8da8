using AutoMapper;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.CaseFile;

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
