using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Application.Transfers.GetTransferDraft;
using LegalAid.Application.Transfers.ProposeTransfer;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>The holding centre's coordinator sends a client and the open cases chosen to another centre, or answers a request with them.</summary>
public sealed class ProposeModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int ClientId { get; set; }

    /// <summary>The request being answered, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public int? RequestId { get; set; }

    [BindProperty]
    public ProposeTransfer Input { get; set; } = new();

    public TransferDraft Draft { get; private set; } = new(0, string.Empty, [], []);

    public TransferDto? Answering { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(
            Input with { ClientId = ClientId, TransferId = RequestId, ToCentreId = RequestId is null ? Input.ToCentreId : null },
            id => RedirectToPage("/Transfers/Details", new { id }),
            cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Draft = await Mediator.Send(new GetTransferDraft(ClientId), cancellationToken);
        if (RequestId is { } id)
        {
            Answering = await Mediator.Send(new GetTransfer(id), cancellationToken);
        }
    }
}
