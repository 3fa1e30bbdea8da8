using LegalAid.Application.Lookups.GetLookups;

namespace LegalAid.Application.Lookups;

/// <summary>
/// Every centre, the active problem categories (and every category, deactivated ones too, for the filters of lists
/// and statistics), the active staff of the centres (and all of it, inactive staff too, for the same filters) and the
/// active partner organisations, each in the order the forms show it. Nothing in them is personal data of a client.
/// </summary>
public sealed record ReferenceLists(
    IReadOnlyList<CentreItem> Centres,
    IReadOnlyList<CategoryItem> Categories,
    IReadOnlyList<CategoryItem> EveryCategory,
    IReadOnlyList<LawyerItem> Staff,
    IReadOnlyList<LawyerItem> EveryStaff,
    IReadOnlyList<PartnerItem> Partners);
