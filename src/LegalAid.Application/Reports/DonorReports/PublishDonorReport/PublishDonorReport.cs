using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Documents;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalAid.Application.Reports.DonorReports.PublishDonorReport;

/// <summary>
/// Makes an archived report visible to donors and, when SMTP is configured, e-mails each active donor account
/// the report (one message per donor, so no donor sees another's address). The publication is saved first;
/// a failed e-mail does not undo it and is reported back.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record PublishDonorReport(int Id, int Version) : IRequest<PublishedReport>;

/// <param name="Notified">Donors the notice went to; null when no SMTP server is configured.</param>
/// <param name="EmailError">What went wrong for the donors it did not reach.</param>
public sealed record PublishedReport(int? Notified, string? EmailError);

public sealed class PublishDonorReportHandler(
    IApplicationDbContext db,
    IUserAdministration accounts,
    IEmailSender email,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PublishDonorReportHandler> logger) : IRequestHandler<PublishDonorReport, PublishedReport>
{
    public async Task<PublishedReport> Handle(PublishDonorReport request, CancellationToken cancellationToken)
    {
        var report = (await db.DonorReports.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)).ExpectVersion(request.Id, request.Version);
        report.Publish(user.UserName ?? "system", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        if (!email.IsConfigured)
        {
            return new PublishedReport(null, null);
        }

        var donors = (await accounts.ListAsync(cancellationToken)).Where(a => a.Role == Roles.Donor && !a.LockedOut).Select(a => a.Email).ToList();
        var failures = new List<string>();
        foreach (var donor in donors)
        {
            try
            {
                // The publication is saved: a closed browser tab must not stop the notices half-way.
                await email.SendAsync(Notice(report, donor), CancellationToken.None);
            }
            catch (EmailDeliveryException e)
            {
                logger.LogError(e, "Could not e-mail donor report {ReportId}", report.Id);
                failures.Add(e.Message);
            }
        }

        return new PublishedReport(donors.Count - failures.Count, failures.Count == 0 ? null : string.Join(" ", failures));
    }

    private static EmailMessage Notice(DonorReport report, string to)
    {
        using var _ = ReportLanguage.Use(report.Language);
        var period = $"{report.PeriodFrom.ToString("d", CultureInfo.CurrentCulture)} – {report.PeriodTo.ToString("d", CultureInfo.CurrentCulture)}";
        return new EmailMessage(
            to,
            Label.Format("Report.Email.Subject", report.Title),
            Label.Format("Report.Email.Body", report.Title, period, report.Sha256),
            [new EmailAttachment($"legalaid-donor-report-{report.PeriodFrom:yyyyMMdd}-{report.PeriodTo:yyyyMMdd}-{report.Language}.pdf", "application/pdf", report.Content)]);
    }
}
