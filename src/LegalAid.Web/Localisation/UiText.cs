using System.Globalization;
using LegalAid.Application.Resources;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Localisation;

/// <summary>
/// The texts pages show: their own (Resources/SharedResource) and, for every choice (sexes, outcomes,
/// channels...), the Application's labels, which exports and PDF reports use too.
/// </summary>
public sealed class UiText(IStringLocalizer<SharedResource> pages) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = pages[name];
            return text.ResourceNotFound && Labels.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) is { } label
                ? new LocalizedString(name, label)
                : text;
        }
    }

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => pages.GetAllStrings(includeParentCultures);
}
