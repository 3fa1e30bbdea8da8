using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Desk.GetDesk;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages;

/// <summary>
/// The desk: a case worker's due dates, open cases (a page at a time) and latest consultations; for other roles, where
/// to go, and for administrators the accounts refused suspiciously often.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : FormPageModel(mediator)
{
    public bool IsCaseWorker => user.CentreId is not null && (user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator));

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page of due items, independent of the page of open cases.</summary>
    [BindProperty(SupportsGet = true)]
    public int DuePage { get; set; } = 1;

    public DeskView? Desk { get; private set; }

    /// <summary>For administrators: accounts that were refused many times in a short time.</summary>
    public IReadOnlyList<DenialAlert> DenialAlerts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            DenialAlerts = await Mediator.Send(new GetDenialAlerts(), cancellationToken);
        }

        return IsCaseWorker
            ? await QueryAsync(new GetDesk(PageNumber, DuePage: DuePage), desk => Desk = desk, cancellationToken)
            : Page();
    }
}
