using System.Linq.Expressions;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Validation;

/// <summary>Rules that check an id refers to an existing record.</summary>
public static class ReferenceRules
{
    public static IRuleBuilderOptions<T, int?> ExistingCentre<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db) =>
        rule.MustAsync((id, ct) => db.Centres.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownCentre);

    /// <summary>
    /// An active category, or one the record being edited holds already (<see cref="HeldCategories"/>); one switched off
    /// since the form was shown is named, as the form shown again no longer offers it.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, int> ExistingCategory<T>(this IRuleBuilderInitial<T, int> rule, IApplicationDbContext db, Expression<Func<ProblemCategory, bool>>? held = null) =>
        rule.Given(() => Messages.UnknownCategory).CustomAsync((id, context, ct) => RefuseUnofferedAsync(db, [id], held, context, ct));

    /// <summary>Active categories, or ones the record being edited holds already, as <see cref="ExistingCategory"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<int>?> ExistingCategories<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db, Expression<Func<ProblemCategory, bool>>? held = null) =>
        rule.CustomAsync((ids, context, ct) => ids is null || ids.Count == 0 ? Task.CompletedTask : RefuseUnofferedAsync(db, ids, held, context, ct));

    private static async Task RefuseUnofferedAsync<T>(IApplicationDbContext db, IReadOnlyCollection<int> ids, Expression<Func<ProblemCategory, bool>>? held, ValidationContext<T> context, CancellationToken cancellationToken)
    {
        var chosen = ids.Distinct().ToList();
        var offered = await db.ProblemCategories.Where(c => chosen.Contains(c.Id)).Where(Offered(held)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (offered.Count == chosen.Count)
        {
            return;
        }

        // One message a field: the first problem switched off is named; an unknown id (typed into the address) is not.
        var switchedOff = await db.ProblemCategories.Where(c => chosen.Contains(c.Id) && !offered.Contains(c.Id))
            .OrderBy(c => c.SortOrder).Select(c => new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }).FirstOrDefaultAsync(cancellationToken);
        context.AddFailure(switchedOff is null ? Messages.UnknownCategory : string.Format(Messages.Culture, Messages.CategorySwitchedOff, switchedOff));
    }

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
