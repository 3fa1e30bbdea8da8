using System.Globalization;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Resources;

/// <summary>The label of a choice (a sex, an outcome, a channel...) in the current UI language, shared by pages, exports and PDFs.</summary>
public static class Label
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Get($"{typeof(TEnum).Name}.{value}");

    /// <summary>A label by key, such as "Citizenship.KG"; the key itself when there is none, so a gap shows.</summary>
    public static string Get(string key) => Labels.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>
    /// A deadline's name: one set at a consultation ("next contact") is named as that field, so the desk, the case page
    /// and the calendar call it what the lawyer chose.
    /// </summary>
    public static string OfDeadline(DeadlineType type, bool isFollowUp) => isFollowUp ? Get("Deadline.FollowUp") : Of(type);

    public static string Format(string key, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}
