using System.Linq.Expressions;
using System.Reflection;
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
        where TEntity : class
    {
        // The property the expression names, read by reflection: compiling the expression would emit a dynamic method
        // each time a validator is built, which is once a request (ValidatorBuildTests).
        var property = (PropertyInfo)((MemberExpression)name.Body).Member;
        return rule.MustAsync(async (request, value, context, ct) =>
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return true;
                }

                // Compared here, not in SQL: SQLite folds the case of Latin letters only, and a list holds a few dozen entries.
                var others = await OthersAsync(entries, ownId(request), context, ct);
                var stored = Text.Normalize(value);
                return !others.Any(other => string.Equals((string?)property.GetValue(other), stored, StringComparison.OrdinalIgnoreCase));
            })
            .WithMessage(_ => Messages.NameTaken);
    }

    /// <summary>The other entries, read once for all the name fields of one validation.</summary>
    private static async Task<List<TEntity>> OthersAsync<T, TEntity>(
        IQueryable<TEntity> entries, int? ownId, ValidationContext<T> context, CancellationToken ct)
        where TEntity : class
    {
        var key = $"{nameof(UniqueNameRules)}:{typeof(TEntity).FullName}";
        if (context.RootContextData.TryGetValue(key, out var read))
        {
            return (List<TEntity>)read;
        }

        var others = await entries.AsNoTracking().Where(e => ownId == null || EF.Property<int>(e, "Id") != ownId).ToListAsync(ct);
        context.RootContextData[key] = others;
        return others;
    }
}
