using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LegalAid.Web.Pages;

/// <summary>
/// What a save did (<see cref="What"/>), to be said once on the page it leads to (<see cref="Page"/>), in the section the
/// page is opened at (<see cref="Section"/>, its fragment) or at the top: where the user looks, not above a section the
/// browser scrolled to; <see cref="Subject"/> names the record where the page shows several alike (a centre's name).
/// Carried across the redirect in TempData (an encrypted cookie read once).
/// </summary>
public sealed record DoneNotice(string Page, Done What, string? Section, string? Subject = null)
{
    private const string Key = "Done";

    public void Keep(ITempDataDictionary tempData) => tempData[Key] = JsonSerializer.Serialize(this);

    /// <summary>The notice for this place of this page, if there is one. Any request that reads it uses it up, so a notice
    /// for another page (a second tab opened meanwhile) is never shown late.</summary>
    public static DoneNotice? For(ITempDataDictionary tempData, string? page, string section) =>
        tempData[Key] is string json && JsonSerializer.Deserialize<DoneNotice>(json) is { } notice && notice.Page == page && (notice.Section ?? string.Empty) == section
            ? notice
            : null;
}
