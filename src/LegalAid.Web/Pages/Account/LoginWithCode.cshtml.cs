using LegalAid.Application.Account.SignInWithCode;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SignInResult = LegalAid.Application.Common.Interfaces.SignInResult;

namespace LegalAid.Web.Pages.Account;

[EnableRateLimiting(Authentication.SignInRateLimit)]
public sealed class LoginWithCodeModel(IMediator mediator, IStringLocalizer<SharedResource> text) : FormPageModel(mediator)
{
    [BindProperty]
    public SignInWithCode Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, result =>
        {
            if (result.Outcome is SignInOutcome.Succeeded or SignInOutcome.MustChangePassword)
            {
                return result.Outcome == SignInOutcome.MustChangePassword
                    ? RedirectToPage("/Account/ChangePassword")
                    : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }

            ModelState.AddModelError(string.Empty, text[result.Outcome switch
            {
                SignInOutcome.LockedOut => "Account.LockedOut",
                SignInOutcome.NoPasswordStep => "Account.PasswordStepMissing",
                _ => "Account.WrongCode",
            }]);
            return Page();
        }, cancellationToken);
}
