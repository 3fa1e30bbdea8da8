using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Hands out the next case numbers of a centre and year inside the current transaction.
/// Numbers are never reused and stay unique under concurrent openings.
/// </summary>
public interface ICaseNumberAllocator
{
    Task<CaseNumber> NextAsync(Centre centre, int year, CancellationToken cancellationToken);

    /// <summary>Reserves <paramref name="count"/> consecutive numbers at once (an import); the first of them.</summary>
    Task<CaseNumber> ReserveAsync(Centre centre, int year, int count, CancellationToken cancellationToken);
}
