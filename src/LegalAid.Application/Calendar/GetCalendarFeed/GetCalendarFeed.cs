using System.Globalization;
using LegalAid.Application.Calendar.Common;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Desk.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Calendar.GetCalendarFeed;

/// <summary>
/// A case worker's pending deadlines and hearings as an iCalendar file, read by a phone calendar that cannot sign in:
/// the secret in the address is the only credential, so there is no [Authorize] here, an unknown, revoked or locked
/// account's secret is "not found", and the case worker's centre and cases are selected explicitly. Events carry the
/// case number and the deadline's type, its time at the centre and its place (a court's address) when it has them, never
/// a client's name or a note. Every read is audited as the owner's.
/// </summary>
public sealed record GetCalendarFeed(string Token) : IRequest<ExportedFile>
{
    public const string ContentType = "text/calendar; charset=utf-8";
}

public sealed class GetCalendarFeedHandler(IApplicationDbContext db, ICalendarFeeds feeds, ICalendarWriter writer, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetCalendarFeed, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetCalendarFeed request, CancellationToken cancellationToken)
    {
        var owner = await feeds.OwnerOfAsync(request.Token, cancellationToken);
        var cases = db.Cases.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).OpenCasesOf(owner.StaffMemberId, owner.CentreId);
        var deadlines = await db.Deadlines.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).PendingOn(cases)
            .Join(cases, d => d.CaseId, c => c.Id, (d, c) => new { d.Id, d.Type, IsFollowUp = d.ConsultationId != null, d.DueOn, d.DueAt, c.Number })
            .OrderBy(d => d.DueOn).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var timeZoneId = await db.Centres.Where(c => c.Id == owner.CentreId).Select(c => c.TimeZoneId).SingleAsync(cancellationToken);

        await audit.RecordAsync(
            new AuditEvent(AuditAction.Viewed, "CalendarFeed", owner.FeedId.ToString(CultureInfo.InvariantCulture), $"events={deadlines.Count}", owner.UserId, owner.UserName, owner.CentreId),
            cancellationToken);

        var stamp = clock.GetUtcNow().UtcDateTime;
        using (ReportLanguage.Use(owner.Language))
        {
            var events = deadlines.Select(d => new CalendarEvent($"deadline-{d.Id}@legalaid", d.DueOn, d.DueAt, $"{d.Number} · {Label.OfDeadline(d.Type, d.IsFollowUp)}", stamp));
            return new ExportedFile("legalaid.ics", GetCalendarFeed.ContentType, writer.Write(Label.Get("Calendar.Name"), timeZoneId, events));
        }
    }
}
