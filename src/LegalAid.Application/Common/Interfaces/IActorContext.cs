using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>The current user and the current instant, as seen from a centre's calendar.</summary>
public interface IActorContext
{
    DateTime UtcNow { get; }

    Actor At(Centre centre);

    /// <summary>
    /// The centre whose calendar and clock the current user reads: their own, or for accounts of every centre
    /// (programme staff, donors, administrators) the programme's first centre, its head office.
    /// </summary>
    Task<Centre> HomeCentreAsync(CancellationToken cancellationToken);

    /// <summary>A centre of the programme, whose calendar a record of it is read in.</summary>
    Task<Centre> CentreAsync(int centreId, CancellationToken cancellationToken);
}
