using System.Globalization;

namespace LegalAid.Domain.Common;

public static class Flags
{
    /// <summary>Each flag of the set once, in the enum's order, without the empty value: how forms and the API list them.</summary>
    public static IReadOnlyList<TEnum> Each<TEnum>(this TEnum set)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(flag => Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0 && set.HasFlag(flag)).ToList();

    /// <summary>The values one may choose of <paramref name="enumType"/>: all of them, but of a set of flags not its empty value.</summary>
    public static IEnumerable<Enum> Choices(Type enumType) =>
        Enum.GetValues(enumType).Cast<Enum>()
            .Where(value => !enumType.IsDefined(typeof(FlagsAttribute), inherit: false) || Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0);
}
