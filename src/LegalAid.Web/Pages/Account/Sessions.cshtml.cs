using LegalAid.Application.Account.EndSession;
using LegalAid.Application.Account.ListSessions;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

public sealed class SessionsModel(IMediator mediator) : FormPageModel(mediator)
{
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken cancellationToken) =>
        SubmitAsync(new EndSession(id), _ => RedirectToPage(), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Sessions = await Mediator.Send(new ListSessions(), cancellationToken);
}
