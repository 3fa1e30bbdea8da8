using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common;

internal sealed class ActorContext(ICurrentUser currentUser, TimeProvider clock) : IActorContext
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public Actor At(Centre centre)
    {
        var now = UtcNow;
        return new Actor(currentUser.StaffMemberId, now, centre.LocalDate(now));
    }
}
