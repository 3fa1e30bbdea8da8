using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalAid.Application.Reports.Common;

/// <summary>Donors the notice went to, null when no SMTP server is configured, and what went wrong for the others.</summary>
public sealed record DonorNoticeResult(int? Notified, string? EmailError)
{
    /// <summary>The report's version after the step, for the next one (a withdrawal after publishing).</summary>
    public int Version { get; init; }
}

/// <summary>
/// E-mails donors about a report, one message per donor so no donor sees another's address: the published report
/// to each active donor account, and its withdrawal to each address the report went to. A donor it cannot reach is
/// reported and the others still get theirs; each message that left is kept as a <see cref="DonorReportNotice"/>.
/// Sending for a report holds its <see cref="DonorNoticeLease"/>; a request that finds it held sends nothing and is
/// refused.
/// </summary>
internal sealed class DonorNotices(IApplicationDbContext db, IUserAdministration accounts, IEmailSender email, TimeProvider clock, ILogger<DonorNotices> logger)
{
    /// <summary>The report, attached, to every active donor account it has not reached yet.</summary>
    public Task<DonorNoticeResult> SendReportAsync(DonorReport report, CancellationToken cancellationToken) =>
        UnderLeaseAsync(report, async () => await SendEachAsync(report, await DonorsNotReachedAsync(report, cancellationToken), DonorNoticeKind.Report), cancellationToken);

    /// <summary>That the report was withdrawn, and why, to each address it was e-mailed to and not yet told.</summary>
    public Task<DonorNoticeResult> SendWithdrawalAsync(DonorReport report, CancellationToken cancellationToken) =>
        UnderLeaseAsync(report, async () => await SendEachAsync(report, await HoldersNotToldAsync(report, cancellationToken), DonorNoticeKind.Withdrawal), cancellationToken);

    private async Task<List<string>> DonorsNotReachedAsync(DonorReport report, CancellationToken cancellationToken)
    {
        var reached = (await db.DonorReportNotices.AsNoTracking().Where(n => n.DonorReportId == report.Id && n.Kind == DonorNoticeKind.Report)
            .Select(n => n.Email).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (await accounts.ListAsync(cancellationToken))
            .Where(a => a.Role == Roles.Donor && !a.LockedOut && !reached.Contains(a.Email)).Select(a => a.Email).ToList();
    }

    private async Task<List<string>> HoldersNotToldAsync(DonorReport report, CancellationToken cancellationToken)
    {
        var sent = await db.DonorReportNotices.AsNoTracking().Where(n => n.DonorReportId == report.Id)
            .Select(n => new { n.Email, n.Kind }).ToListAsync(cancellationToken);
        var told = sent.Where(n => n.Kind == DonorNoticeKind.Withdrawal).Select(n => n.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return sent.Where(n => n.Kind == DonorNoticeKind.Report && !told.Contains(n.Email))
            .Select(n => n.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Runs <paramref name="send"/> holding the report's lease; without SMTP there is nothing to send or hold.</summary>
    private async Task<DonorNoticeResult> UnderLeaseAsync(DonorReport report, Func<Task<DonorNoticeResult>> send, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            return new DonorNoticeResult(null, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var leased = await db.DonorReports
            .Where(r => r.Id == report.Id && (EF.Property<DateTime?>(r, DonorNoticeLease.Property) == null || EF.Property<DateTime?>(r, DonorNoticeLease.Property) < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, DonorNoticeLease.Property), now + DonorNoticeLease.Length), cancellationToken);
        if (leased == 0)
        {
            throw InvalidRequestException.For(string.Empty, Messages.NoticesBeingSent);
        }

        try
        {
            return await send();
        }
        finally
        {
            await db.DonorReports.Where(r => r.Id == report.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, DonorNoticeLease.Property), (DateTime?)null), CancellationToken.None);
        }
    }

    private async Task<DonorNoticeResult> SendEachAsync(DonorReport report, List<string> donors, DonorNoticeKind kind)
    {
        var failures = new List<string>();
        foreach (var donor in donors)
        {
            try
            {
                // The publication or withdrawal is saved: a closed browser tab must not stop the notices half-way.
                await email.SendAsync(kind == DonorNoticeKind.Report ? ReportNotice(report, donor) : WithdrawalNotice(report, donor), CancellationToken.None);
                db.DonorReportNotices.Add(new DonorReportNotice(report.Id, donor, kind, clock.GetUtcNow().UtcDateTime));
            }
            catch (EmailDeliveryException e)
            {
                logger.LogError(e, "Could not e-mail donor report {ReportId} ({Kind})", report.Id, kind);
                failures.Add(e.Message);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return new DonorNoticeResult(donors.Count - failures.Count, failures.Count == 0 ? null : string.Join(" ", failures));
    }

    private static EmailMessage ReportNotice(DonorReport report, string to)
    {
        using var _ = ReportLanguage.Use(report.Language);
        return new EmailMessage(
            to,
            Label.Format("Report.Email.Subject", report.Title),
            Label.Format("Report.Email.Body", report.Title, Period(report), report.Sha256),
            [new EmailAttachment($"legalaid-donor-report-{report.PeriodFrom:yyyyMMdd}-{report.PeriodTo:yyyyMMdd}-{report.Language}.pdf", "application/pdf", report.Content)]);
    }

    private static EmailMessage WithdrawalNotice(DonorReport report, string to)
    {
        using var _ = ReportLanguage.Use(report.Language);
        return new EmailMessage(
            to,
            Label.Format("Report.Withdrawn.Email.Subject", report.Title),
            Label.Format("Report.Withdrawn.Email.Body", report.Title, Period(report), report.Sha256, report.WithdrawalReason),
            []);
    }

    private static string Period(DonorReport report) => new Statistics.Engine.Period(report.PeriodFrom, report.PeriodTo).ToString();
}
