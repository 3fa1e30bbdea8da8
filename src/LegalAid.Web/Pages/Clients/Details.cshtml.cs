using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.WithdrawConsent;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Clients;

public sealed class DetailsModel(IMediator mediator, IStringLocalizer<SharedResource> text) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ClientDto Client { get; private set; } = new();

    /// <summary>The withdrawal of the client's consent; its date is today at the client's centre unless the lawyer changes it.</summary>
    [BindProperty]
    public WithdrawConsent Withdrawal { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        Withdrawal = new WithdrawConsent { ConsentWithdrawnOn = Client.CentreToday };
        return page;
    }

    /// <summary>The lawyer ticked that the client withdrew consent, knowing that the next anonymisation run erases their data.</summary>
    [BindProperty]
    public bool WithdrawalConfirmed { get; set; }

    public Task<IActionResult> OnPostWithdrawConsentAsync(CancellationToken cancellationToken)
    {
        if (!WithdrawalConfirmed)
        {
            ModelState.AddModelError(nameof(WithdrawalConfirmed), text["Client.WithdrawConsent.ConfirmRequired"]);
        }

        return SubmitAsync(Withdrawal with { Id = Id }, _ => RedirectAfter(Done.ConsentWithdrawn, "/Clients/Details", new { id = Id }), cancellationToken, nameof(Withdrawal));
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Client = await Mediator.Send(new GetClient(Id), cancellationToken);
}
