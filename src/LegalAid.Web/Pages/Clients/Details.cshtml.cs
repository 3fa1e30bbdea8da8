using LegalAid.Application.Clients.GetClient;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class DetailsModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ClientDto Client { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Client = await Mediator.Send(new GetClient(Id), cancellationToken);
}
