using AutoMapper;
using LegalAid.Domain.Staff;

namespace LegalAid.Application.Lookups.GetLookups;

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
