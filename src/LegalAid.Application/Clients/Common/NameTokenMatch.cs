using System.Linq.Expressions;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// Which name tokens a typed word matches (<see cref="NameTerm"/>): those that start with its spelling or, when it
/// has one, its skeleton. "Starts with" is a range of the tokens' index, [prefix, the prefix with its last letter's
/// successor), as tokens compare by code point on both providers.
/// </summary>
internal static class NameTokenMatch
{
    // string.Compare(a, b) is what EF Core translates to a comparison in SQL; it never runs in .NET here.
#pragma warning disable CA1309, CA1310
    public static Expression<Func<ClientNameToken, bool>> For(NameTerm term)
    {
        var (spelling, spellingEnd) = (term.Spelling, Successor(term.Spelling));
        if (term.Sound is not { } sound)
        {
            return t => t.Kind == NameTokenKind.Spelling && string.Compare(t.Value, spelling) >= 0 && string.Compare(t.Value, spellingEnd) < 0;
        }

        var soundEnd = Successor(sound);
        return t => (t.Kind == NameTokenKind.Spelling && string.Compare(t.Value, spelling) >= 0 && string.Compare(t.Value, spellingEnd) < 0)
            || (t.Kind == NameTokenKind.Sound && string.Compare(t.Value, sound) >= 0 && string.Compare(t.Value, soundEnd) < 0);
    }
#pragma warning restore CA1309, CA1310

    private static string Successor(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
