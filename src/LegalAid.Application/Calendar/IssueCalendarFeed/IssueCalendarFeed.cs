using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Calendar.IssueCalendarFeed;

/// <summary>
/// Issues the current case worker a new secret calendar feed address, in their language, and revokes the one they
/// had. The secret is returned once; only its hash is kept.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record IssueCalendarFeed : ICommand<string>;

public sealed class IssueCalendarFeedHandler(ICalendarFeeds feeds, ICurrentUser user) : IRequestHandler<IssueCalendarFeed, string>
{
    public Task<string> Handle(IssueCalendarFeed request, CancellationToken cancellationToken) =>
        feeds.IssueAsync(user.UserId!, ReportLanguage.Current, cancellationToken);
}
