using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

/// <summary>The desk: a lawyer's recent cases and quick actions; for other roles, where to go.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public bool IsCaseWorker => user.CentreId is not null && (user.IsInRole(Roles.Lawyer) || user.IsInRole(Roles.Coordinator));

    public IReadOnlyList<CaseListItem> RecentCases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsCaseWorker)
        {
            RecentCases = (await mediator.Send(new ListCases(Status: CaseStatus.Open, PageSize: 10), cancellationToken)).Items;
        }
    }
}
