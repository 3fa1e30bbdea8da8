using LegalAid.Domain.Cases;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// How many cases a centre holds in each status, kept with every change of a case: the total of a case list filtered at
/// most by centre and status, without counting a centre's cases row by row. Within the reader's centre scope.
/// </summary>
public interface ICaseCounts
{
    Task<int> CountAsync(int? centreId, CaseStatus? status, CancellationToken cancellationToken);
}
