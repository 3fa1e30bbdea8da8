using LegalAid.Application.Account.SignIn;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SignInResult = LegalAid.Application.Common.Interfaces.SignInResult;

namespace LegalAid.Web.Pages.Account;

[EnableRateLimiting(Authentication.SignInRateLimit)]
public sealed class LoginModel(IMediator mediator, IStringLocalizer<SharedResource> text) : FormPageModel(mediator)
{
    [BindProperty]
    public SignIn Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, Next, cancellationToken);

    private IActionResult Next(SignInResult result)
    {
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.RequiresCode:
                return RedirectToPage("/Account/LoginWithCode", new { ReturnUrl });
            case SignInOutcome.MustChangePassword:
                return RedirectToPage("/Account/ChangePassword");
            case SignInOutcome.MustEnableTwoFactor:
                return RedirectToPage("/Account/TwoFactor");
            default:
                // One answer for a wrong password, an unknown address and a locked account, so that nobody learns
                // from this page which addresses have accounts.
                ModelState.AddModelError(string.Empty, text["Account.WrongCredentials"]);
                return Page();
        }
    }
}
