using System.Linq.Expressions;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore.Query;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// Which name tokens a typed word matches (<see cref="NameTerm"/>): those that start with one of its spellings or, when
/// it has one, its skeleton. "Starts with" is a range of the tokens' index, [prefix, the prefix with its last letter's
/// successor), as tokens compare by code point on both providers.
/// </summary>
internal static class NameTokenMatch
{
    private static readonly ParameterExpression Token = Expression.Parameter(typeof(ClientNameToken), "t");

    public static Expression<Func<ClientNameToken, bool>> For(NameTerm term)
    {
        var ranges = new List<Expression> { StartsWith(NameTokenKind.Spelling, term.Spelling) };
        if (term.UnfinishedSpelling is { } unfinished)
        {
            ranges.Add(StartsWith(NameTokenKind.Spelling, unfinished));
        }

        if (term.Sound is { } sound)
        {
            ranges.Add(StartsWith(NameTokenKind.Sound, sound));
        }

        return Expression.Lambda<Func<ClientNameToken, bool>>(ranges.Aggregate(Expression.OrElse), Token);
    }

    // string.Compare(a, b) is what EF Core translates to a comparison in SQL; it never runs in .NET here.
#pragma warning disable CA1309, CA1310
    private static Expression StartsWith(NameTokenKind kind, string prefix)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        Expression<Func<ClientNameToken, bool>> range = t => t.Kind == kind && string.Compare(t.Value, prefix) >= 0 && string.Compare(t.Value, end) < 0;
        return ReplacingExpressionVisitor.Replace(range.Parameters[0], Token, range.Body);
    }
#pragma warning restore CA1309, CA1310
}
