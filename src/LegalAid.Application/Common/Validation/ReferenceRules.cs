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

    /// <summary>An active category, or one the record being edited holds already (<see cref="HeldCategories"/>).</summary>
    public static IRuleBuilderOptions<T, int> ExistingCategory<T>(this IRuleBuilderInitial<T, int> rule, IApplicationDbContext db, Expression<Func<ProblemCategory, bool>>? held = null) =>
        rule.Given(() => Messages.UnknownCategory).MustAsync((id, ct) => db.ProblemCategories.Where(c => c.Id == id).Where(Offered(held)).AnyAsync(ct))
            .WithMessage(_ => Messages.UnknownCategory);

    /// <summary>Active categories, or ones the record being edited holds already, as <see cref="ExistingCategory"/>.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<int>?> ExistingCategories<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db, Expression<Func<ProblemCategory, bool>>? held = null) =>
        rule.MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.ProblemCategories.Where(c => distinct.Contains(c.Id)).Where(Offered(held)).CountAsync(ct) == distinct.Count;
            })
            .WithMessage(_ => Messages.UnknownCategory);

    private static Expression<Func<ProblemCategory, bool>> Offered(Expression<Func<ProblemCategory, bool>>? held)
    {
        if (held is null)
        {
            return c => c.IsActive;
        }

        var category = held.Parameters[0];
        return Expression.Lambda<Func<ProblemCategory, bool>>(
            Expression.OrElse(Expression.Property(category, nameof(ProblemCategory.IsActive)), held.Body), category);
    }
}
