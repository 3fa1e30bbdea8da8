using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Lookups.GetLookups;

/// <summary>
/// The reference lists a role's forms and filters offer, and no more:
/// <list type="bullet">
/// <item>Lawyers and coordinators: their own centre, the active problem categories, their centre's active staff
/// (assigning and reassigning cases, the case list's and their centre's statistics' lawyer filter) and the active
/// partner organisations (referrals).</item>
/// <item>Programme staff and administrators: every centre, the categories and every centre's active staff (the
/// statistics filters, including the one by lawyer; a donor report's centres). No partners: referrals are case work,
/// and administrators manage partners on their own page.</item>
/// <item>Donors: refused; their pages (published reports) offer none of these lists.</item>
/// </list>
/// </summary>
[Authorize(Roles = Roles.CaseWorkers + "," + Roles.ProgrammeStaff + "," + Roles.Administrator)]
public sealed record GetLookups : IRequest<Lookups>;

public sealed class GetLookupsHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetLookups, Lookups>
{
    public async Task<Lookups> Handle(GetLookups request, CancellationToken cancellationToken)
    {
        var caseWorker = user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator);
        var ownCentre = caseWorker ? user.CentreId : null;
        var centres = await db.Centres.Where(c => ownCentre == null || c.Id == ownCentre).OrderBy(c => c.Id)
            .ProjectTo<CentreItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var categories = await db.ProblemCategories.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .ProjectTo<CategoryItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var staff = caseWorker || user.IsInRole(Roles.ProgrammeStaff) || user.IsInRole(Roles.Administrator)
            ? await db.StaffMembers.Where(s => s.IsActive && s.CentreId != null && (ownCentre == null || s.CentreId == ownCentre))
                .OrderBy(s => s.FullName)
                .ProjectTo<LawyerItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken)
            : [];
        var partners = caseWorker
            ? await db.PartnerOrganisations.Where(p => p.IsActive).OrderBy(p => p.Name)
                .ProjectTo<PartnerItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken)
            : [];
        return new Lookups(centres, categories, staff, partners) { Today = actors.At(await actors.HomeCentreAsync(cancellationToken)).Today };
    }
}
