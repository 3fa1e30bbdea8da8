using System.Globalization;

namespace LegalAid.Application.Resources;

/// <summary>The label of a choice (a sex, an outcome, a channel...) in the current UI language, shared by pages, exports and PDFs.</summary>
public static class Label
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Get($"{typeof(TEnum).Name}.{value}");

    /// <summary>A label by key, such as "Citizenship.KG"; the key itself when there is none, so a gap shows.</summary>
    public static string Get(string key) => Labels.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}
