using LegalAid.Domain.Common;

namespace LegalAid.Domain.Cases;

/// <summary>The editable description of a case.</summary>
public sealed record CaseDetails(
    int PrimaryCategoryId,
    IReadOnlyCollection<int> OtherCategoryIds,
    string? Summary,
    OpposingParty? OpposingParty,
    Money? AmountClaimed);
