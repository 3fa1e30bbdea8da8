using System.Linq.Expressions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Common.Validation;

/// <summary>
/// Which problem categories a record already holds. A record keeps a category deactivated since: its edit form offers
/// it and saving it accepts it, until it is changed.
/// </summary>
public static class HeldCategories
{
    /// <summary>The case's primary category and its others; none when <paramref name="caseId"/> is null or the user may not see it.</summary>
    public static Expression<Func<ProblemCategory, bool>> OfCase(IApplicationDbContext db, int? caseId) =>
        c => db.Cases.Any(k => k.Id == caseId && (k.PrimaryCategoryId == c.Id || k.OtherCategories.Any(o => o.ProblemCategoryId == c.Id)));

    /// <summary>The consultation's categories; none when <paramref name="consultationId"/> is null or the user may not see it.</summary>
    public static Expression<Func<ProblemCategory, bool>> OfConsultation(IApplicationDbContext db, int? consultationId) =>
        c => db.Consultations.Any(x => x.Id == consultationId && x.Categories.Any(o => o.ProblemCategoryId == c.Id));
}
