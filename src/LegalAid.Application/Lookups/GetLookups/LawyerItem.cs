using AutoMapper;
using LegalAid.Domain.Staff;

namespace LegalAid.Application.Lookups.GetLookups;

public sealed record LawyerItem
{
    public int Id { get; init; }

    public string FullName { get; init; } = string.Empty;

    public int CentreId { get; init; }

    /// <summary>False while the lawyer's account is locked: offered by filters, and by a case's form while it is theirs.</summary>
    public bool IsActive { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StaffMember, LawyerItem>();
    }
}
