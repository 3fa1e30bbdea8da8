using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Centres;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Audit.GetDenialAlerts;

/// <summary>
/// Accounts that collected many refusals in a short time: at least <see cref="DenialAlertOptions.Threshold"/>
/// within any <see cref="DenialAlertOptions.Window"/> of the last <see cref="DenialAlertOptions.ShownFor"/>.
/// Administrators see every account, a coordinator their centre's.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Coordinator)]
public sealed record GetDenialAlerts : IRequest<IReadOnlyList<DenialAlert>>;

/// <summary>
/// One account's busiest window: <see cref="Refusals"/> refusals from <see cref="From"/> to <see cref="To"/>, within
/// <see cref="WindowMinutes"/> minutes, on the clock of the reader's centre, the clock the audit page's times and
/// period are given in.
/// </summary>
public sealed record DenialAlert(string UserName, int Refusals, int WindowMinutes, DateTime From, DateTime To)
{
    public DateOnly FirstDay => DateOnly.FromDateTime(From);

    public DateOnly LastDay => DateOnly.FromDateTime(To);
}

public sealed class GetDenialAlertsHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, TimeProvider clock, IOptions<DenialAlertOptions> options)
    : IRequestHandler<GetDenialAlerts, IReadOnlyList<DenialAlert>>
{
    public async Task<IReadOnlyList<DenialAlert>> Handle(GetDenialAlerts request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var since = clock.GetUtcNow().UtcDateTime - settings.ShownFor;
        var denials = db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied && e.OccurredAtUtc >= since && e.UserId != null);
        if (!user.IsInRole(Roles.Administrator))
        {
            denials = denials.Where(e => e.CentreId == user.CentreId);
        }

        var suspects = await denials.GroupBy(e => e.UserId).Where(g => g.Count() >= settings.Threshold).Select(g => g.Key).ToListAsync(cancellationToken);
        if (suspects.Count == 0)
        {
            return [];
        }

        var times = await denials.Where(e => suspects.Contains(e.UserId))
            .OrderBy(e => e.OccurredAtUtc)
            .Select(e => new { e.UserId, e.UserName, e.OccurredAtUtc })
            .ToListAsync(cancellationToken);
        var readersCentre = await actors.HomeCentreAsync(cancellationToken);
        return times.GroupBy(t => t.UserId)
            .Select(g => Busiest(g.Last().UserName ?? g.Key!, g.Select(t => t.OccurredAtUtc).ToList(), settings.Window, readersCentre))
            .Where(alert => alert.Refusals >= settings.Threshold)
            .OrderByDescending(alert => alert.To)
            .ToList();
    }

    /// <summary>The window of the given length holding the most of the (ordered) times; the earliest such window.</summary>
    private static DenialAlert Busiest(string userName, List<DateTime> times, TimeSpan window, Centre readersCentre)
    {
        var (bestStart, bestEnd) = (0, 0);
        var start = 0;
        for (var end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= window)
            {
                start++;
            }

            if (end - start > bestEnd - bestStart)
            {
                (bestStart, bestEnd) = (start, end);
            }
        }

        return new DenialAlert(
            userName, bestEnd - bestStart + 1, (int)window.TotalMinutes, readersCentre.ToLocal(times[bestStart]), readersCentre.ToLocal(times[bestEnd]));
    }
}
