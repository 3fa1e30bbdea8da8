using LegalAid.Application.Account.TwoFactor;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

public sealed class TwoFactorModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public EnableTwoFactor Input { get; set; } = new();

    public TwoFactorSetup Setup { get; private set; } = new(false, string.Empty, string.Empty);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, _ => RedirectToPage(), cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new DisableTwoFactor(), _ => RedirectToPage(), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Setup = await Mediator.Send(new GetTwoFactorSetup(), cancellationToken);
}
