using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class ContiguousLookupTests
{
    [Fact]
    public void EachKey_GivesItsAdjacentValuesInOrder_AndAnUnknownKeyNone()
    {
        var lookup = new ContiguousLookup<string>([(7, "a"), (7, "b"), (3, "c"), (9, "d"), (9, "e"), (9, "f")]);

        Assert.Equal(3, lookup.Count);
        Assert.Equal(["a", "b"], lookup.Of(7).ToArray());
        Assert.Equal(["c"], lookup[3]);
        Assert.Equal(["d", "e", "f"], lookup.Of(9).ToArray());
        Assert.True(lookup.Of(4).IsEmpty);
        Assert.Equal([7, 3, 9], lookup.Select(g => g.Key));
    }

    [Fact]
    public void AKeyMetAgainAfterAnother_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ContiguousLookup<int>([(1, 10), (2, 20), (1, 11)]));
        Assert.Contains("key 1", error.Message, StringComparison.Ordinal);
    }
}
