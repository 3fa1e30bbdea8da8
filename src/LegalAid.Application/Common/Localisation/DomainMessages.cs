using System.Globalization;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Localisation;

internal static class DomainMessages
{
    /// <summary>The message of the broken rule in the current language, with the limit or the day it names.</summary>
    public static string Of(DomainException e) =>
        e.MaxLength is { } limit ? TooLong(limit)
        : Messages.ResourceManager.GetString(e.Code, Messages.Culture) is not { } message ? e.Message
        : e.Bound is { } day ? string.Format(CultureInfo.CurrentCulture, message, day.ToString("d", CultureInfo.CurrentCulture))
        : message;

    /// <summary>"At most 4000 characters." in the current language.</summary>
    public static string TooLong(int maxLength) =>
        Messages.TooLong.Replace("{MaxLength}", maxLength.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal);
}
