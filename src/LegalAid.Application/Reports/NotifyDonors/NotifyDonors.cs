using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.NotifyDonors;

/// <summary>
/// E-mails a published report to the active donors it has not reached yet: those an SMTP failure missed, and donor
/// accounts added since; a donor never gets a second copy. For a withdrawn report, it sends the withdrawal to the
/// donors who had the report and were not told yet.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record NotifyDonors(int Id) : IRequest<DonorNoticeResult>;

internal sealed class NotifyDonorsHandler(IApplicationDbContext db, DonorNotices notices) : IRequestHandler<NotifyDonors, DonorNoticeResult>
{
    public async Task<DonorNoticeResult> Handle(NotifyDonors request, CancellationToken cancellationToken)
    {
        var report = await db.DonorReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(DonorReport), request.Id);
        if (!report.IsPublished)
        {
            throw InvalidRequestException.For(string.Empty, Messages.NotPublished);
        }

        var result = report.IsWithdrawn
            ? await notices.SendWithdrawalAsync(report, cancellationToken)
            : await notices.SendReportAsync(report, cancellationToken);
        return result with { Version = report.Version };
    }
}
