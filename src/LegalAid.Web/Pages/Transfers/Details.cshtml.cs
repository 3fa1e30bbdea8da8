using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.CancelTransfer;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>One transfer and the step the reader may take next: send a client, accept, decline or withdraw.</summary>
public sealed class DetailsModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AcceptTransfer Accept { get; set; } = new();

    [BindProperty]
    public DeclineTransfer Decline { get; set; } = new();

    [BindProperty]
    public CancelTransfer Cancel { get; set; } = new();

    public TransferDto Transfer { get; private set; } = new();

    public Lookups? Lookups { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Accept with { Id = Id }, _ => RedirectToPage(new { Id }), cancellationToken, nameof(Accept));

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Decline with { Id = Id }, _ => RedirectToPage(new { Id }), cancellationToken, nameof(Decline));

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Cancel with { Id = Id }, _ => RedirectToPage(new { Id }), cancellationToken, nameof(Cancel));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Transfer = await Mediator.Send(new GetTransfer(Id), cancellationToken);
        if (Transfer.MayDecide)
        {
            Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
        }
    }
}
