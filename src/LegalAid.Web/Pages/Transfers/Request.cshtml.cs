using LegalAid.Application.Transfers.GetTransferDraft;
using LegalAid.Application.Transfers.ListOtherCentres;
using LegalAid.Application.Transfers.RequestTransfer;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>
/// Asks the centre that may hold a person to send them. The registration page's duplicate warning posts its form
/// here to be reviewed, so the person is described as the lawyer typed them, and nothing about the other centre's
/// client is shown.
/// </summary>
public sealed class RequestModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public RequestTransfer Input { get; set; } = new();

    /// <summary>The centres a request may go to: every one but the reader's own.</summary>
    public IReadOnlyList<DraftCentre> Centres { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>
    /// The registration page's warning brings the person as typed here, to be read over and noted before sending.
    /// A value it cannot read (a year typed «1e3») is named above the form and kept as typed, not dropped.
    /// </summary>
    public Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, id => RedirectToPage("/Transfers/Details", new { id }), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Centres = await Mediator.Send(new ListOtherCentres(), cancellationToken);
}
