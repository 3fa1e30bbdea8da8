using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using Microsoft.Extensions.Logging;

namespace LegalAid.Application.Reports.Common;

/// <summary>Donors the notice went to, null when no SMTP server is configured, and what went wrong for the others.</summary>
public sealed record DonorNoticeResult(int? Notified, string? EmailError);

/// <summary>
/// E-mails a published report to each active donor account, one message per donor so no donor sees another's
/// address. A donor it cannot reach is reported and the others still get theirs.
/// </summary>
internal sealed class DonorNotices(IUserAdministration accounts, IEmailSender email, ILogger<DonorNotices> logger)
{
    public async Task<DonorNoticeResult> SendAsync(DonorReport report, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            return new DonorNoticeResult(null, null);
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

        return new DonorNoticeResult(donors.Count - failures.Count, failures.Count == 0 ? null : string.Join(" ", failures));
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
