using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Desk.GetDesk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

/// <summary>The desk: a lawyer's due dates, open cases and latest consultations; for other roles, where to go.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public bool IsCaseWorker => user.CentreId is not null && (user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator));

    public DeskView? Desk { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsCaseWorker)
        {
            Desk = await mediator.Send(new GetDesk(), cancellationToken);
        }
    }
}
