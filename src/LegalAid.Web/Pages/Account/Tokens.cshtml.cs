using LegalAid.Application.Account.IssueApiToken;
using LegalAid.Application.Account.ListApiTokens;
using LegalAid.Application.Account.RevokeApiToken;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

public sealed class TokensModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public IssueApiToken Input { get; set; } = new();

    public IReadOnlyList<ApiTokenSummary> Tokens { get; private set; } = [];

    public IssuedApiToken? Issued { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Issued = ShownOnce<IssuedApiToken>();
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(Input, issued => issued, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken) =>
        SubmitAsync(new RevokeApiToken(id), _ => RedirectToPage(), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await Mediator.Send(new ListApiTokens(), cancellationToken);
}
