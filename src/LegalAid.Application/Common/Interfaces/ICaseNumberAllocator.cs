using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Hands out the next case number of a centre and year inside the current transaction.
/// Numbers are never reused and stay unique under concurrent openings.
/// </summary>
public interface ICaseNumberAllocator
{
    Task<CaseNumber> NextAsync(Centre centre, int year, CancellationToken cancellationToken);
}
