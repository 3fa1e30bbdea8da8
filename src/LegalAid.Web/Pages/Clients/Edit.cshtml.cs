using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class EditModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public UpdateClient Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        SendAsync(new GetClient(id), client =>
        {
            // An anonymised client has nothing left to edit; their page says so.
            if (client.AnonymisedOn is not null)
            {
                return RedirectToPage("/Clients/Details", new { id });
            }

            Input = UpdateClient.From(client);
            return Page();
        }, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Input = Input with { Id = id };
        return SubmitAsync(Input, _ => RedirectAfter(Done.ClientUpdated, "/Clients/Details", new { id }), cancellationToken);
    }
}
