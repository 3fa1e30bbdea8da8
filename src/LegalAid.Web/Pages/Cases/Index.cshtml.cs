using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>Bound from the plain query string, so a filtered list can be bookmarked.</summary>
    [BindProperty(SupportsGet = true)]
    public ListCases Filter { get; set; } = new();

    public PagedList<CaseListItem>? Results { get; private set; }

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(Filter, results => Results = results, cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
}
