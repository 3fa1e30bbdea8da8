using System.Collections.Concurrent;
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
    /// <summary>
    /// Each text once per language: the resources never change while the app runs, and every lookup in a resource
    /// manager takes its lock (a page shows a few hundred texts, so under load the requests queued there).
    /// </summary>
    private static readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> Found = new();

    public LocalizedString this[string name] =>
        Found.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, self) => self.Find(key.Name), this);

    private LocalizedString Find(string name)
    {
        var text = pages[name];
        return text.ResourceNotFound && Labels.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) is { } label
            ? new LocalizedString(name, label)
            : text;
    }

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => pages.GetAllStrings(includeParentCultures);
}
