using LegalAid.Application.Calendar.GetCalendarFeedStatus;
using LegalAid.Application.Calendar.IssueCalendarFeed;
using LegalAid.Application.Calendar.RevokeCalendarFeed;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Account;

/// <summary>The case worker's calendar feed: its secret address is shown once when issued; issuing again or revoking stops the old one.</summary>
public sealed class CalendarModel(IMediator mediator) : FormPageModel(mediator)
{
    public CalendarFeedStatus? Feed { get; private set; }

    /// <summary>The address just issued; shown on the one page read after issuing it.</summary>
    public string? IssuedUrl { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        IssuedUrl = ShownOnce<string>();
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new IssueCalendarFeed(), secret => CalendarApi.FeedUrl(Request, secret), cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new RevokeCalendarFeed(), _ => RedirectToPage(), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Feed = await Mediator.Send(new GetCalendarFeedStatus(), cancellationToken);
}
