using LegalAid.Application.Account.EndOtherSessions;
using LegalAid.Application.Account.EndSession;
using LegalAid.Application.Account.ListSessions;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

public sealed class SessionsModel(IMediator mediator) : FormPageModel(mediator)
{
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    /// <summary>How many sessions "end all other sessions" just ended.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Ended { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken cancellationToken) =>
        SubmitAsync(new EndSession(id), _ => RedirectAfter(Done.SessionEnded), cancellationToken);

    public Task<IActionResult> OnPostEndOthersAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new EndOtherSessions(), ended => RedirectToPage(new { ended }), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Sessions = await Mediator.Send(new ListSessions(), cancellationToken);
}
