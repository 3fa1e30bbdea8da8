using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.PublishDonorReport;

/// <summary>
/// Makes an archived report visible to donors and, when SMTP is configured, e-mails it to them. Refused while another
/// report ever published (withdrawn ones too: donors were sent them) shows figures of part of a period and centres this
/// one shows without showing the same (<see cref="ReportScope.OverlapWithoutMatching"/>): subtracting one from the
/// other would give away counts both hide. The check and the publication are one serializable transaction, saved before any e-mail; a failed e-mail does not undo it, is reported back, and can be sent again with NotifyDonors.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record PublishDonorReport(int Id, int Version) : IRequest<DonorNoticeResult>, IVersionedChange;

internal sealed class PublishDonorReportHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, DonorNotices notices, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<PublishDonorReport, DonorNoticeResult>
{
    public async Task<DonorNoticeResult> Handle(PublishDonorReport request, CancellationToken cancellationToken)
    {
        // Two overlapping reports published at once would each pass the check alone.
        var report = await unitOfWork.InSerializableTransactionAsync(() => PublishAsync(request, cancellationToken), cancellationToken);
        return (await notices.SendReportAsync(report, cancellationToken)) with { Version = report.Version };
    }

    private async Task<DonorReport> PublishAsync(PublishDonorReport request, CancellationToken cancellationToken)
    {
        var report = (await db.DonorReports.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)).ExpectVersion(request.Id, request.Version);
        if (!report.IsPublished)
        {
            var scope = report.Scope();
            var published = await db.DonorReports.AsNoTracking()
                .Where(r => r.PublishedAtUtc != null && r.Id != report.Id)
                .Select(r => new { r.Title, Scope = new ReportScope(r.PeriodFrom, r.PeriodTo, r.Centres) })
                .ToListAsync(cancellationToken);
            if (published.Select(r => (r.Title, r.Scope, Overlap: scope.OverlapWithoutMatching(r.Scope))).FirstOrDefault(r => r.Overlap is not null) is { Overlap: var (mine, theirs) } overlapping)
            {
                var centres = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, LocalisedName.Of, cancellationToken);
                throw InvalidRequestException.For(string.Empty, string.Format(
                    CultureInfo.CurrentCulture, Messages.DonorReportOverlapsPublished, overlapping.Title, Described(theirs, overlapping.Scope, centres), Described(mine, scope, centres)));
            }
        }

        report.Publish(user.UserName ?? "system", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private static string Described(ShownPeriod period, ReportScope scope, Dictionary<string, LocalisedName> centres) => string.Format(
        CultureInfo.CurrentCulture,
        period.IsComparison ? Messages.ReportComparisonPeriod : Messages.ReportOwnPeriod,
        period.From,
        period.To,
        string.Join(", ", scope.CentreCodes.Select(code => centres[code])));
}
