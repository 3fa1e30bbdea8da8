using LegalAid.Application.Lookups.GetLookups;

namespace LegalAid.Web.Pages.Shared;

/// <summary>
/// The active problem categories to tick, any number of them, each box named as the list it binds to and its id begun
/// with the list's id. A ticked list reads at a glance where a multiple select showed four and hid the rest.
/// </summary>
public sealed record CategoryChoices(string Name, string IdPrefix, IEnumerable<int>? Selected, Lookups Lookups);
