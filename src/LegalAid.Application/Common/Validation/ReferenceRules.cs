using System.Linq.Expressions;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Validation;

/// <summary>Rules that check an id refers to an existing record.</summary>
public static class ReferenceRules
{
    public static IRuleBuilderOptions<T, int?> ExistingCentre<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db) =>
        rule.MustAsync((id, ct) => db.Centres.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownCentre);

    /// <summary>An active category, or one the case <paramref name="keptByCase"/> has already, deactivated since: it stays until changed.</summary>
    public static IRuleBuilderOptions<T, int> ExistingCategory<T>(this IRuleBuilder<T, int> rule, IApplicationDbContext db, int? keptByCase = null) =>
        rule.MustAsync((id, ct) => db.ProblemCategories.Where(c => c.Id == id).Where(Offered(db, keptByCase)).AnyAsync(ct))
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
                return await db.ProblemCategories.Where(c => distinct.Contains(c.Id)).Where(Offered(db, keptByCase)).CountAsync(ct) == distinct.Count;
            })
            .WithMessage(_ => Messages.UnknownCategory);

    /// <summary>Active categories, and those the case <paramref name="keptByCase"/> holds.</summary>
    private static Expression<Func<ProblemCategory, bool>> Offered(IApplicationDbContext db, int? keptByCase)
    {
        var held = CaseCategories.HeldBy(db, keptByCase);
        var category = held.Parameters[0];
        return Expression.Lambda<Func<ProblemCategory, bool>>(
            Expression.OrElse(Expression.Property(category, nameof(ProblemCategory.IsActive)), held.Body), category);
    }
}
