using System.Linq.Expressions;
using FluentValidation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Validation;

/// <summary>A reference list's entries (centres, categories, partners) are told apart by their names in each language.</summary>
public static class UniqueNameRules
{
    /// <summary>No other entry of <paramref name="entries"/> than <paramref name="ownId"/> has this <paramref name="name"/> as it would be stored, in any case.</summary>
    public static IRuleBuilderOptions<T, string?> NotTakenIn<T, TEntity>(
        this IRuleBuilder<T, string?> rule, IQueryable<TEntity> entries, Expression<Func<TEntity, string>> name, Func<T, int?> ownId)
        where TEntity : class =>
        rule.MustAsync(async (request, value, ct) =>
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return true;
                }

                // Compared here, not in SQL: SQLite folds the case of Latin letters only, and a list holds a few dozen entries.
                var id = ownId(request);
                var others = await entries.Where(e => id == null || EF.Property<int>(e, "Id") != id).Select(name).ToListAsync(ct);
                return !others.Contains(Text.Normalize(value), StringComparer.OrdinalIgnoreCase);
            })
            .WithMessage(_ => Messages.NameTaken);
}
