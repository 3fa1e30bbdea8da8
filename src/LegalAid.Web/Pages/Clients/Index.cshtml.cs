using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Common.Models;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>Bound from the plain query string (?query=...&amp;page=2), so search links can be shared.</summary>
    [BindProperty(SupportsGet = true)]
    public FindClients Search { get; set; } = new();

    public PagedList<ClientListItem>? Results { get; private set; }

    public IReadOnlyList<CentreMatchCount> OtherCentres { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(Search, found => (Results, OtherCentres) = (found.Clients, found.OtherCentres), cancellationToken);
}
