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

    public static IRuleBuilderOptions<T, int> ExistingCategory<T>(this IRuleBuilder<T, int> rule, IApplicationDbContext db) =>
        rule.MustAsync((id, ct) => db.ProblemCategories.AnyAsync(c => c.Id == id && c.IsActive, ct)).WithMessage(_ => Messages.UnknownCategory);

    public static IRuleBuilderOptions<T, IReadOnlyList<int>?> ExistingCategories<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.ProblemCategories.CountAsync(c => distinct.Contains(c.Id) && c.IsActive, ct) == distinct.Count;
            })
            .WithMessage(_ => Messages.UnknownCategory);
}
