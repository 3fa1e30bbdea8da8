using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Desk.GetDesk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

/// <summary>
/// The desk: a lawyer's due dates, open cases and latest consultations; for other roles, where to go, and for
/// administrators the accounts refused suspiciously often.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public bool IsCaseWorker => user.CentreId is not null && (user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator));

    public DeskView? Desk { get; private set; }

    /// <summary>For administrators: accounts that were refused many times in a short time.</summary>
    public IReadOnlyList<DenialAlert> DenialAlerts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsCaseWorker)
        {
            Desk = await mediator.Send(new GetDesk(), cancellationToken);
        }

        if (user.IsInRole(Roles.Administrator))
        {
            DenialAlerts = await mediator.Send(new GetDenialAlerts(), cancellationToken);
        }
    }
}
