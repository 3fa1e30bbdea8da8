using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common;

internal sealed class ActorContext(ICurrentUser currentUser, TimeProvider clock, IApplicationDbContext db) : IActorContext
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public Actor At(Centre centre)
    {
        var now = UtcNow;
        return new Actor(currentUser.StaffMemberId, now, centre.LocalDate(now));
    }

    public Task<Centre> HomeCentreAsync(CancellationToken cancellationToken) =>
        currentUser.CentreId is { } own
            ? db.Centres.AsNoTracking().SingleAsync(c => c.Id == own, cancellationToken)
            : db.Centres.AsNoTracking().OrderBy(c => c.Id).FirstAsync(cancellationToken);
}
