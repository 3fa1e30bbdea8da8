namespace LegalAid.Infrastructure.DemoData;

/// <summary>Picks values with given relative weights.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] values;
    private readonly double[] cumulative;

    public WeightedChoice(params (T Value, double Weight)[] options)
    {
        values = options.Select(o => o.Value).ToArray();
        cumulative = new double[options.Length];
        var sum = 0d;
        for (var i = 0; i < options.Length; i++)
        {
            sum += options[i].Weight;
            cumulative[i] = sum;
        }
    }

    public T Next(Random random)
    {
        var point = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, point);
        return values[index < 0 ? ~index : index];
    }
}
