using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class MedianTests
{
    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 0 }, 0.0)]
    [InlineData(new[] { 5, 1, 9, 1, 30 }, 5.0)]
    [InlineData(new[] { 3, 3, 10, 4 }, 3.5)]
    [InlineData(new[] { -2, 7 }, 2.5)]
    [InlineData(new[] { 4000, 2, 2, 2 }, 2.0)]
    public void TheMedian_IsTheMiddleValue_OrTheMeanOfTheMiddleTwo(int[] values, double? median)
    {
        Assert.Equal((decimal?)median, IndicatorCalculator.Median(values));
    }

    [Fact]
    public void TheMedian_OfManyValuesWithRepeatsAndGaps_IsThatOfTheSortedValues()
    {
        var random = new Random(20261206);
        for (var round = 0; round < 200; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 400)).Select(_ => random.Next(-30, round * 10)).ToArray();
            var sorted = values.Order().ToArray();
            var middle = sorted.Length / 2;
            var expected = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;

            Assert.Equal(expected, IndicatorCalculator.Median(values));
        }
    }
}
