namespace LegalAid.Application.Lookups.GetLookups;

public sealed record Lookups(IReadOnlyList<CentreItem> Centres, IReadOnlyList<CategoryItem> Categories, IReadOnlyList<LawyerItem> Lawyers, IReadOnlyList<PartnerItem> Partners)
{
    /// <summary>Today at the user's centre (for accounts of every centre, at the programme's first centre): the forms' default date.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Every category, deactivated ones too: what filters offer, since old records keep them.</summary>
    public IReadOnlyList<CategoryItem> EveryCategory { get; init; } = [];

    /// <summary>The same staff as <see cref="Lawyers"/>, inactive lawyers too: what filters offer, since old records name them.</summary>
    public IReadOnlyList<LawyerItem> EveryLawyer { get; init; } = [];
}
