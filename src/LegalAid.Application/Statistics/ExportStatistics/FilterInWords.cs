using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.ExportStatistics;

/// <summary>
/// The filters of a statistics read in words of the current UI language, one line per filter chosen, with centres,
/// problems and lawyers by name: "Centre: Kazan, Chelyabinsk". A coordinator's figures are their centre's whether
/// chosen or not, so their centre is named.
/// </summary>
internal sealed class FilterInWords(IApplicationDbContext db, ICurrentUser user, IMapper mapper)
{
    public async Task<IReadOnlyList<ExportFact>> DescribeAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var centreIds = user.CentreId is { } own ? [own] : filter.Centre ?? [];
        var categoryIds = filter.Category ?? [];
        var lawyerIds = filter.Lawyer ?? [];
        var centres = await db.Centres.AsNoTracking().Where(c => centreIds.Contains(c.Id)).OrderBy(c => c.Id)
            .ProjectTo<LocalisedName>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var categories = await db.ProblemCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).OrderBy(c => c.SortOrder)
            .ProjectTo<LocalisedName>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var lawyers = await db.StaffMembers.AsNoTracking().Where(s => lawyerIds.Contains(s.Id)).OrderBy(s => s.FullName).Select(s => s.FullName).ToListAsync(cancellationToken);

        return new (string Key, IEnumerable<string> Values)[]
            {
                ("Filter.Centre", centres.Select(c => c.ToString())),
                ("Filter.Citizenship", (filter.Citizenship ?? []).Select(code => Label.Get($"Citizenship.{code}"))),
                ("Filter.Sex", (filter.Sex ?? []).Select(Label.Of)),
                ("Filter.AgeBand", (filter.AgeBand ?? []).Select(Label.Of)),
                ("Filter.Category", categories.Select(c => c.ToString())),
                ("Filter.Channel", (filter.Channel ?? []).Select(Label.Of)),
                ("Filter.Lawyer", lawyers),
            }
            .Select(f => (f.Key, Values: f.Values.Distinct().ToList()))
            .Where(f => f.Values.Count > 0)
            .Select(f => new ExportFact(Label.Get(f.Key), string.Join(", ", f.Values)))
            .ToList();
    }
}
