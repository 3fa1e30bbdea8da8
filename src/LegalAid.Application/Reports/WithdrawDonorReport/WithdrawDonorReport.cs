using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.WithdrawDonorReport;

/// <summary>
/// Takes a published report away from donors (it can no longer be downloaded; their list marks it withdrawn, with the
/// reason), keeps it in the archive, and e-mails the withdrawal to every donor the report was e-mailed to. As with publishing, the
/// withdrawal is saved first; a failed e-mail is reported back and can be sent again with NotifyDonors.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record WithdrawDonorReport(int Id, string? Reason, int Version) : IRequest<DonorNoticeResult>, IVersionedChange;

public sealed class WithdrawDonorReportValidator : AbstractValidator<WithdrawDonorReport>
{
    public WithdrawDonorReportValidator() =>
        // Donors read the reason; it is short, so what reads as a person's is reworded rather than confirmed.
        RuleFor(w => w.Reason).Required().FreeText(DonorReport.WithdrawalReasonMaxLength, multiline: true).IdentifiesNoOne();
}

internal sealed class WithdrawDonorReportHandler(IApplicationDbContext db, DonorNotices notices, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<WithdrawDonorReport, DonorNoticeResult>
{
    public async Task<DonorNoticeResult> Handle(WithdrawDonorReport request, CancellationToken cancellationToken)
    {
        var report = (await db.DonorReports.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)).ExpectVersion(request.Id, request.Version);
        report.Withdraw(request.Reason!, user.UserName ?? "system", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (await notices.SendWithdrawalAsync(report, cancellationToken)) with { Version = report.Version };
    }
}
