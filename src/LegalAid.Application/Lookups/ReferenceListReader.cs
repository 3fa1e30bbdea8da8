using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Lookups;

/// <summary>
/// The reference data, read from the database again only when its <see cref="IReferenceDataStamp"/> has changed:
/// nearly every page asks for the lists or the user's centre, and they change a few times a year. Each request reads the
/// stamp once, so a change made through any web server is seen on all of them at their next request. The data is the
/// same for every user (no query filter applies to it); each role's share is taken from it in memory
/// (<see cref="GetLookupsHandler"/>).
/// </summary>
public sealed class ReferenceListReader(IApplicationDbContext db, IMapper mapper, IReferenceDataStamp stamp, ReferenceListCache cache)
{
    private ReferenceData? thisRequests;

    public async Task<ReferenceLists> GetAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).Lists;

    /// <summary>The centre with this id, or with none the programme's first; a copy, the caller's to keep.</summary>
    public async Task<Centre> CentreAsync(int? centreId, CancellationToken cancellationToken)
    {
        var centres = (await ReadAsync(cancellationToken)).Centres;
        var kept = centreId is { } id ? centres.Single(c => c.Id == id) : centres[0];
        return new Centre(kept.Id, kept.Code, kept.Name, kept.NameKy, kept.NameEn, kept.City, kept.Address, kept.TimeZoneId);
    }

    /// <summary>The name of every problem category by its id, retired ones included.</summary>
    public async Task<IReadOnlyDictionary<int, LocalisedName>> CategoryNamesAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).CategoryNames;

    private async Task<ReferenceData> ReadAsync(CancellationToken cancellationToken)
    {
        if (thisRequests is not null)
        {
            return thisRequests;
        }

        // The stamp first: data read after it is at least as new as it, so a change committed between the two reads is
        // found at the next request instead of being kept under the older stamp.
        var current = await stamp.CurrentAsync(cancellationToken);
        if (cache.At(current) is not { } data)
        {
            data = await LoadAsync(current, cancellationToken);
            cache.Keep(data);
        }

        return thisRequests = data;
    }

    /// <summary>Each table read once; the lists and names are made from the rows in memory, through the same mappings.</summary>
    private async Task<ReferenceData> LoadAsync(Guid current, CancellationToken cancellationToken)
    {
        var configuration = mapper.ConfigurationProvider;
        var centres = await db.Centres.AsNoTracking().IgnoreQueryFilters().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var allCategories = await db.ProblemCategories.AsNoTracking().IgnoreQueryFilters().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.IgnoreQueryFilters().Where(s => s.CentreId != null).OrderBy(s => s.FullName)
            .ProjectTo<LawyerItem>(configuration).ToListAsync(cancellationToken);
        var partners = await db.PartnerOrganisations.IgnoreQueryFilters().Where(p => p.IsActive).OrderBy(p => p.Name)
            .ProjectTo<PartnerItem>(configuration).ToListAsync(cancellationToken);
        var lists = new ReferenceLists(
            mapper.Map<List<CentreItem>>(centres),
            mapper.Map<List<CategoryItem>>(allCategories.Where(c => c.IsActive)),
            mapper.Map<List<CategoryItem>>(allCategories),
            [.. staff.Where(s => s.IsActive)],
            staff,
            partners);
        var categoryNames = allCategories.ToDictionary(c => c.Id, mapper.Map<LocalisedName>);
        return new ReferenceData(current, lists, centres, categoryNames);
    }
}
