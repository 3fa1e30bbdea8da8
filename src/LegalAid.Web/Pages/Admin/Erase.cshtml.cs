using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Clients.PreviewErasure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

/// <summary>
/// Erasure on request: the administrator looks the client up by the number a lawyer gave them, checks the centre,
/// registration and case numbers (nothing that names the person), gives the reason and confirms.
/// </summary>
public sealed class EraseModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? ClientId { get; set; }

    [BindProperty]
    public EraseClient Input { get; set; } = new();

    public ErasurePreview? Preview { get; private set; }

    public ErasureResult? Done { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ClientId is { } id ? QueryAsync(new PreviewErasure(id), preview => Preview = preview, cancellationToken) : ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitThenShowAsync(Input, result => Done = result, cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Done is null && Preview is null && ModelState[nameof(ClientId)] is not { Errors.Count: > 0 } && (ClientId ?? Input.ClientId) is { } id and > 0)
        {
            Preview = await Mediator.Send(new PreviewErasure(id), cancellationToken);
        }
    }
}
