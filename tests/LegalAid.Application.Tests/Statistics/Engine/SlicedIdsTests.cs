using LegalAid.Application.Statistics.Engine.Packs;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class SlicedIdsTests
{
    [Fact]
    public void SlicesTakenAcrossManySharedArrays_EachKeepTheirOwnIds()
    {
        var ids = new SlicedIds();
        var slices = new List<(ReadOnlyMemory<int> Slice, int First, int Count)>();
        var next = 0;
        // 3, 2, 1 ids in turn until far past one shared array, then one list longer than an array.
        for (var i = 0; i < 30_000; i++)
        {
            slices.Add(Take(ids, ref next, 3 - (i % 3)));
        }

        slices.Add(Take(ids, ref next, 40_000));
        slices.Add(Take(ids, ref next, 0));

        Assert.All(slices, s => Assert.Equal(Enumerable.Range(s.First, s.Count), s.Slice.ToArray()));
    }

    private static (ReadOnlyMemory<int> Slice, int First, int Count) Take(SlicedIds ids, ref int next, int count)
    {
        var slice = ids.Take(count);
        for (var i = 0; i < count; i++)
        {
            slice.Span[i] = next + i;
        }

        next += count;
        return (slice, next - count, count);
    }
}
