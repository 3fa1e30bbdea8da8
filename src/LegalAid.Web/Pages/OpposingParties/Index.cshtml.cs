using LegalAid.Application.Common.Models;
using LegalAid.Application.OpposingParties.FindOpposingParties;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.OpposingParties;

public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public FindOpposingParties Filter { get; set; } = new();

    public PagedList<OpposingPartyItem>? Results { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(Filter, results => Results = results, cancellationToken);
}
