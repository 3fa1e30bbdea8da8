using System.Globalization;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Localisation;

internal static class DomainMessages
{
    /// <summary>The message of the broken rule in the current language, with the limit it names.</summary>
    public static string Of(DomainException e) =>
        Messages.ResourceManager.GetString(e.Code, Messages.Culture) is { } message
            ? e.MaxLength is { } limit ? message.Replace("{MaxLength}", limit.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal) : message
            : e.Message;
}
