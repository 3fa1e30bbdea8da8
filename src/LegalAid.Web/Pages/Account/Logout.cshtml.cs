using LegalAid.Application.Account.SignOut;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Account;

public sealed class LogoutModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOut(), cancellationToken);
        return RedirectToPage("/Account/Login");
    }
}
