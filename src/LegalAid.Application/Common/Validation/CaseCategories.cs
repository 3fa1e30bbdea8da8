using System.Linq.Expressions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Application.Common.Validation;

/// <summary>Which problem categories a case holds: its primary one and its others.</summary>
public static class CaseCategories
{
    /// <summary>Categories the case <paramref name="caseId"/> holds; none when it is null or the user may not see it.</summary>
    public static Expression<Func<ProblemCategory, bool>> HeldBy(IApplicationDbContext db, int? caseId) =>
        c => db.Cases.Any(k => k.Id == caseId && (k.PrimaryCategoryId == c.Id || k.OtherCategories.Any(o => o.ProblemCategoryId == c.Id)));
}
