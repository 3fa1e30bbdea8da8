using LegalAid.Application.Cases.OpenCase;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

public sealed class OpenModel(IMediator mediator, ICurrentUser user) : FormPageModel(mediator)
{
    [BindProperty]
    public OpenCase Input { get; set; } = new();

    public ClientDto Client { get; private set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken cancellationToken)
    {
        Input = new OpenCase { ClientId = clientId, AssignedLawyerId = user.StaffMemberId };
        var page = await ShowAsync(cancellationToken);
        Input = Input with { OpenedOn = Lookups.Today };
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, opened => RedirectAfter(Done.CaseOpened, "/Cases/Details", new { id = opened.Id }), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Client = await Mediator.Send(new GetClient(Input.ClientId), cancellationToken);
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
    }
}
