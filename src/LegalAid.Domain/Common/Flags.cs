using System.Globalization;

namespace LegalAid.Domain.Common;

public static class Flags
{
    /// <summary>Each flag of the set once, in the enum's order, without the empty value: how forms and the API list them.</summary>
    public static IReadOnlyList<TEnum> Each<TEnum>(this TEnum set)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(flag => Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0 && set.HasFlag(flag)).ToList();
}
