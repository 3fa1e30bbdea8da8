using LegalAid.Application.Account.ChangePassword;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

public sealed class ChangePasswordModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public ChangePassword Input { get; set; } = new();

    public bool Changed { get; private set; }

    public int RevokedApiTokens { get; private set; }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitThenShowAsync(Input, revoked =>
        {
            (Changed, RevokedApiTokens) = (true, revoked);
            Input = new ChangePassword();
            ModelState.Clear();
        }, cancellationToken);
}
