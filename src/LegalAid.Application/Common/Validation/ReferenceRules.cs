using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Validation;

/// <summary>Rules that check an id refers to an existing record.</summary>
public static class ReferenceRules
{
    public static IRuleBuilderOptions<T, int?> ExistingCentre<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db) =>
        rule.MustAsync((id, ct) => db.Centres.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownCentre);

    /// <summary>An active category, or one the case <paramref name="keptByCase"/> has already, deactivated since: it stays until changed.</summary>
    public static IRuleBuilderOptions<T, int> ExistingCategory<T>(this IRuleBuilder<T, int> rule, IApplicationDbContext db, int? keptByCase = null) =>
        rule.MustAsync((id, ct) => db.ProblemCategories.AnyAsync(c => c.Id == id && (c.IsActive || db.Cases.Any(k => k.Id == keptByCase && (k.PrimaryCategoryId == c.Id || k.OtherCategories.Any(o => o.ProblemCategoryId == c.Id)))), ct))
            .WithMessage(_ => Messages.UnknownCategory);

    /// <summary>Active categories, or ones the case <paramref name="keptByCase"/> has already, as <see cref="ExistingCategory"/>.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<int>?> ExistingCategories<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db, int? keptByCase = null) =>
        rule.MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.ProblemCategories.CountAsync(
                    c => distinct.Contains(c.Id) && (c.IsActive || db.Cases.Any(k => k.Id == keptByCase && (k.PrimaryCategoryId == c.Id || k.OtherCategories.Any(o => o.ProblemCategoryId == c.Id)))),
                    ct) == distinct.Count;
            })
            .WithMessage(_ => Messages.UnknownCategory);
}
