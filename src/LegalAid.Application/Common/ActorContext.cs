using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Lookups;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common;

internal sealed class ActorContext(ICurrentUser currentUser, TimeProvider clock, ReferenceListReader references) : IActorContext
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public Actor At(Centre centre)
    {
        var now = UtcNow;
        return new Actor(currentUser.StaffMemberId, now, centre.LocalDate(now));
    }

    public Task<Centre> HomeCentreAsync(CancellationToken cancellationToken) => references.CentreAsync(currentUser.CentreId, cancellationToken);

    public Task<Centre> CentreAsync(int centreId, CancellationToken cancellationToken) => references.CentreAsync(centreId, cancellationToken);
}
