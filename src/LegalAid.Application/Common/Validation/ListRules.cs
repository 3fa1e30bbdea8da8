using System.Collections;
using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Validation;

/// <summary>Lists of ids or choices in a request: a few dozen at most in real use, never thousands.</summary>
public static class ListRules
{
    /// <summary>More values than any list the app offers (centres, categories, lawyers of a centre...).</summary>
    public const int MaxValues = 200;

    /// <summary>
    /// At most <see cref="MaxValues"/> values. Put it first in a rule with <c>Cascade(CascadeMode.Stop)</c> when a
    /// later check queries the database with the list.
    /// </summary>
    public static IRuleBuilderOptions<T, TList> FewValues<T, TList>(this IRuleBuilder<T, TList> rule)
        where TList : IEnumerable? =>
        rule.Must(values => values is null || values.Cast<object?>().Take(MaxValues + 1).Count() <= MaxValues)
            .WithMessage(_ => Messages.TooManyValues.Replace("{MaxValues}", MaxValues.ToString(Messages.Culture), StringComparison.Ordinal));
}
