using System.Collections;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// A lookup over pairs that arrive grouped by key (each key's values one after another, as the fact packs give them):
/// one array and one index entry per key, where <see cref="Enumerable.ToLookup{TSource,TKey}(IEnumerable{TSource},Func{TSource,TKey})"/>
/// makes a grouping object and an array for every key. A key met again after others starts no new group: its values
/// must all be adjacent.
/// </summary>
internal sealed class ContiguousLookup<T> : ILookup<int, T>
{
    private readonly T[] values;
    private readonly Dictionary<int, (int Start, int Count)> groups;

    public ContiguousLookup(IReadOnlyList<(int Key, T Value)> pairs)
    {
        values = new T[pairs.Count];
        groups = [];
        for (var i = 0; i < pairs.Count;)
        {
            var (key, start) = (pairs[i].Key, i);
            for (; i < pairs.Count && pairs[i].Key == key; i++)
            {
                values[i] = pairs[i].Value;
            }

            if (!groups.TryAdd(key, (start, i - start)))
            {
                throw new ArgumentException($"The values of key {key} are not adjacent.", nameof(pairs));
            }
        }
    }

    public int Count => groups.Count;

    public IEnumerable<T> this[int key] => groups.TryGetValue(key, out var group) ? new ArraySegment<T>(values, group.Start, group.Count) : ArraySegment<T>.Empty;

    public bool Contains(int key) => groups.ContainsKey(key);

    /// <summary>The key's values as a span: no enumerator object, for the loops that visit every case.</summary>
    public ReadOnlySpan<T> Of(int key) => groups.TryGetValue(key, out var group) ? values.AsSpan(group.Start, group.Count) : [];

    public IEnumerator<IGrouping<int, T>> GetEnumerator() =>
        groups.Select(g => (IGrouping<int, T>)new Grouping(g.Key, new ArraySegment<T>(values, g.Value.Start, g.Value.Count))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Grouping(int key, ArraySegment<T> values) : IGrouping<int, T>
    {
        public int Key => key;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
