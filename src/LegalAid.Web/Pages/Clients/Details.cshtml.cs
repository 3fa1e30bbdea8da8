using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.WithdrawConsent;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class DetailsModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ClientDto Client { get; private set; } = new();

    /// <summary>The withdrawal of the client's consent; its date defaults to today at the centre.</summary>
    [BindProperty]
    public WithdrawConsent Withdrawal { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostWithdrawConsentAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Withdrawal with { Id = Id }, _ => RedirectToPage("/Clients/Details", new { id = Id }), cancellationToken, nameof(Withdrawal));

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Client = await Mediator.Send(new GetClient(Id), cancellationToken);
}
