using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Lookups.GetLookups;

/// <summary>The reference lists forms and filters offer: centres, problem categories, active lawyers.</summary>
[Authorize]
public sealed record GetLookups : IRequest<Lookups>;

/// <summary>A lawyer or coordinator is offered only the lawyers of their own centre.</summary>
public sealed class GetLookupsHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<GetLookups, Lookups>
{
    public async Task<Lookups> Handle(GetLookups request, CancellationToken cancellationToken) =>
        new(
            await db.Centres.OrderBy(c => c.Id).ProjectTo<CentreItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken),
            await db.ProblemCategories.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
                .ProjectTo<CategoryItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken),
            await db.StaffMembers.Where(s => s.IsActive && s.CentreId != null && (user.CentreId == null || s.CentreId == user.CentreId))
                .OrderBy(s => s.FullName)
                .ProjectTo<LawyerItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken),
            await db.PartnerOrganisations.Where(p => p.IsActive).OrderBy(p => p.Name)
                .Select(p => new PartnerItem(p.Id, p.Name)).ToListAsync(cancellationToken));
}
