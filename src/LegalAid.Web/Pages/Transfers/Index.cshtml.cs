using LegalAid.Application.Transfers.ListTransfers;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>Transfers into and out of the centre (a lawyer's own requests), those waiting for the reader first.</summary>
public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public TransferList? Transfers { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(new ListTransfers(PageNumber), list => Transfers = list, cancellationToken);
}
