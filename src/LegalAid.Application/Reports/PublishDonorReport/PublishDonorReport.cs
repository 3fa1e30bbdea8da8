using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.PublishDonorReport;

/// <summary>
/// Makes an archived report visible to donors and, when SMTP is configured, e-mails it to them. Refused while another
/// report ever published overlaps it (<see cref="PublishedReportOverlaps"/>). The check and the publication are one
/// serializable transaction, saved before any e-mail; a failed e-mail does not undo it, is reported back, and can be sent
/// again with NotifyDonors.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record PublishDonorReport(int Id, int Version) : IRequest<DonorNoticeResult>, IVersionedChange;

internal sealed class PublishDonorReportHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, PublishedReportOverlaps overlaps, DonorNotices notices, ICurrentUser user, TimeProvider clock)
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
            await overlaps.RefuseAsync(report.Scope(), report.Id, Messages.DonorReportOverlapsPublished, cancellationToken);
        }

        report.Publish(user.UserName ?? "system", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
