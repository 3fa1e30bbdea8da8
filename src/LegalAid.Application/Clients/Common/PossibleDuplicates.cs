using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// People already registered who may be the one being registered: the same name in any spelling (or
/// with family and given name swapped), or the same family name and date of birth, or the same phone.
/// The matches the centre holds are listed; those other centres hold are only counted.
/// </summary>
public sealed record PossibleDuplicates(IReadOnlyList<DuplicateCandidate> AtMyCentre, IReadOnlyList<CentreMatchCount> AtOtherCentres)
{
    public bool Any => AtMyCentre.Count > 0 || AtOtherCentres.Count > 0;

    public static Task<PossibleDuplicates> FindAsync(IApplicationDbContext db, IMapper mapper, ICurrentUser user, ClientFields person, int? exceptId, CancellationToken cancellationToken) =>
        FindAsync(db, mapper, user, person.FamilyName, person.GivenName, person.Phone, person.Citizenship, person.DateOfBirth, exceptId, cancellationToken);

    public static async Task<PossibleDuplicates> FindAsync(
        IApplicationDbContext db, IMapper mapper, ICurrentUser user, string? familyName, string? givenName, string? phoneNumber, string? citizenship, DateOnly? born, int? exceptId, CancellationToken cancellationToken)
    {
        var family = NameFolding.FoldFirstWord(familyName ?? string.Empty);
        var given = NameFolding.FoldFirstWord(givenName ?? string.Empty);
        var phone = ClientPhone.ToE164(phoneNumber, citizenship);

        var candidates = db.Clients.IgnoreQueryFilters().Where(c => c.Id != exceptId && (
            (c.FamilyNameKey == family && c.GivenNameKey == given)
            || (c.FamilyNameKey == given && c.GivenNameKey == family)
            || (born != null && c.FamilyNameKey == family && c.BirthDate == born)
            || (phone != null && c.Phone == phone)));

        var mine = await candidates.Where(c => c.CentreId == user.CentreId)
            .InListOrder().Take(10)
            .ProjectTo<DuplicateCandidate>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var elsewhere = await candidates.Where(c => c.CentreId != user.CentreId).CountByCentreAsync(cancellationToken);
        return new PossibleDuplicates(mine, elsewhere);
    }
}

public sealed record DuplicateCandidate(int Id, string FamilyName, string GivenName, string? Patronymic, string? LatinName, int? BirthYear, DateOnly? BirthDate, string Citizenship, string? Phone)
{
    public string? PhoneDisplay => ClientPhone.Display(Phone, Citizenship);

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Client, DuplicateCandidate>()
                .ForCtorParam(nameof(FamilyName), o => o.MapFrom(s => s.Name.FamilyName))
                .ForCtorParam(nameof(GivenName), o => o.MapFrom(s => s.Name.GivenName))
                .ForCtorParam(nameof(Patronymic), o => o.MapFrom(s => s.Name.Patronymic))
                .ForCtorParam(nameof(LatinName), o => o.MapFrom(s => s.Name.LatinName));
    }
}
