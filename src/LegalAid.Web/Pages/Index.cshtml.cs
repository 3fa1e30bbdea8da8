using LegalAid.Application.Cases.ListCases;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CaseListItem> RecentCases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        RecentCases = (await mediator.Send(new ListCases(Status: CaseStatus.Open, PageSize: 10), cancellationToken)).Items;
}
