namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// Short lists of ids (a consultation's categories) cut from a few large shared arrays. A small array for each of a
/// million consultations would double the objects the garbage collector traces while the facts load; a slice is a
/// value. A full array is left as it is, never copied, so every slice given out stays valid.
/// </summary>
internal sealed class SlicedIds
{
    private const int ArrayLength = 16_384;
    private int[] current = new int[ArrayLength];
    private int used;

    /// <summary>Room for <paramref name="count"/> ids, for the caller to fill.</summary>
    public Memory<int> Take(int count)
    {
        if (count == 0)
        {
            return Memory<int>.Empty;
        }

        if (used + count > current.Length)
        {
            (current, used) = (new int[Math.Max(ArrayLength, count)], 0);
        }

        var slice = new Memory<int>(current, used, count);
        used += count;
        return slice;
    }
}
