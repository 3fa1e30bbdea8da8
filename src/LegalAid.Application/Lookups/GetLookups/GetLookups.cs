using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
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
/// For the edit form of case <see cref="CaseId"/> or of consultation <see cref="ConsultationId"/>, the categories also
/// hold the ones given to it that an administrator has deactivated since, and for a case's form the staff hold the
/// inactive lawyer it is still assigned to: saving the form unchanged must not hand the case to somebody else.
/// <see cref="Lookups.EveryLawyer"/> and <see cref="Lookups.EveryCategory"/> also hold the inactive ones, for filters.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers + "," + Roles.ProgrammeStaff + "," + Roles.Administrator)]
public sealed record GetLookups(int? CaseId = null, int? ConsultationId = null) : IRequest<Lookups>;

public sealed class GetLookupsHandler(ReferenceListReader references, ICurrentUser user, IActorContext actors, IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetLookups, Lookups>
{
    public async Task<Lookups> Handle(GetLookups request, CancellationToken cancellationToken)
    {
        var caseWorker = user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator);
        var ownCentre = caseWorker ? user.CentreId : null;
        var lists = await references.GetAsync(cancellationToken);
        var everyLawyer = lists.EveryStaff.Where(s => ownCentre == null || s.CentreId == ownCentre).ToList();
        var assignee = request.CaseId is { } caseId
            ? await db.Cases.Where(c => c.Id == caseId).Select(c => (int?)c.AssignedLawyerId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new Lookups(
            [.. lists.Centres.Where(c => ownCentre == null || c.Id == ownCentre)],
            [.. lists.Categories, .. await HeldSinceDeactivatedAsync(request, lists.Categories, cancellationToken)],
            [.. everyLawyer.Where(s => s.IsActive || s.Id == assignee)],
            caseWorker ? lists.Partners : [])
        {
            Today = actors.At(await actors.HomeCentreAsync(cancellationToken)).Today,
            EveryCategory = lists.EveryCategory,
            EveryLawyer = everyLawyer,
        };
    }

    private async Task<List<CategoryItem>> HeldSinceDeactivatedAsync(GetLookups request, IReadOnlyList<CategoryItem> offered, CancellationToken cancellationToken)
    {
        if (request is { CaseId: null, ConsultationId: null })
        {
            return [];
        }

        var active = offered.Select(c => c.Id).ToList();
        return await db.ProblemCategories
            .Where(c => !active.Contains(c.Id))
            .Where(request.ConsultationId is { } consultationId ? HeldCategories.OfConsultation(db, consultationId) : HeldCategories.OfCase(db, request.CaseId))
            .OrderBy(c => c.SortOrder)
            .ProjectTo<CategoryItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
    }
}
