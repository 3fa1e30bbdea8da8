using LegalAid.Domain.Cases;

namespace LegalAid.Infrastructure.Persistence.CaseCounts;

/// <summary>The number of a centre's cases in one status (see <see cref="CaseCountChanges"/>).</summary>
internal sealed class CaseCount
{
    public int CentreId { get; init; }

    public CaseStatus Status { get; init; }

    public int Total { get; init; }
}
