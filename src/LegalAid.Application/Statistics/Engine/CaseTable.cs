using System.Runtime.InteropServices;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The loaded cases in the order of their ids, each with its other categories and its status changes, as a few flat lists:
/// a case is a position in them. Each period's pass over a quarter of a million cases then reads a case's changes where
/// they lie, where a dictionary by case id cost a look-up for every case and every period, and a period's cases are a list
/// of positions, not of copied facts.
/// </summary>
internal sealed class CaseTable
{
    private readonly List<CaseFact> cases = [];
    private readonly List<int> categoriesEnd = [];
    private readonly List<int> categoryIds = [];
    private readonly List<int> changesEnd = [];
    private readonly List<StatusFact> changes = [];

    public int Count => cases.Count;

    public ReadOnlySpan<CaseFact> All => CollectionsMarshal.AsSpan(cases);

    /// <summary>The other problem categories of the case at <paramref name="position"/> (its primary one is in its fact).</summary>
    public ReadOnlySpan<int> CategoriesOf(int position) => Slice(categoryIds, categoriesEnd, position);

    /// <summary>The status changes of the case at <paramref name="position"/>, in order.</summary>
    public ReadOnlySpan<StatusFact> StatusChangesOf(int position) => Slice(changes, changesEnd, position);

    /// <summary>The position of the case with this id, found by halving (the cases are in the order of their ids).</summary>
    public bool TryFind(int caseId, out int position)
    {
        var all = All;
        var (low, high) = (0, all.Length - 1);
        while (low <= high)
        {
            position = low + ((high - low) / 2);
            var id = all[position].Id;
            if (id == caseId)
            {
                return true;
            }

            (low, high) = id < caseId ? (position + 1, high) : (low, position - 1);
        }

        position = -1;
        return false;
    }

    /// <summary>Adds a case after those added before it (its id must be greater than theirs), with no categories or changes yet.</summary>
    public void Add(CaseFact @case)
    {
        if (cases.Count > 0 && @case.Id <= cases[^1].Id)
        {
            throw new ArgumentException($"Case {@case.Id} comes after case {cases[^1].Id}: cases are added in the order of their ids.", nameof(@case));
        }

        cases.Add(@case);
        categoriesEnd.Add(categoryIds.Count);
        changesEnd.Add(changes.Count);
    }

    /// <summary>Adds an other category to the case added last.</summary>
    public void AddCategory(int categoryId)
    {
        categoryIds.Add(categoryId);
        categoriesEnd[^1] = categoryIds.Count;
    }

    /// <summary>Adds a status change to the case added last, after its earlier ones.</summary>
    public void AddStatusChange(StatusFact change)
    {
        changes.Add(change);
        changesEnd[^1] = changes.Count;
    }

    private static ReadOnlySpan<T> Slice<T>(List<T> values, List<int> ends, int position)
    {
        var start = position == 0 ? 0 : ends[position - 1];
        return CollectionsMarshal.AsSpan(values)[start..ends[position]];
    }
}
