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
        try
        {
            foreach (var donor in donors)
            {
                await email.SendAsync(Notice(report, donor), cancellationToken);
            }

            return new PublishedReport(donors.Count, null);
        }
        catch (EmailDeliveryException e)
        {
            logger.LogError(e, "Could not e-mail donors about report {ReportId}", report.Id);
            return new PublishedReport(0, e.Message);
        }
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
