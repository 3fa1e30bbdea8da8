using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.GetDonorReportFile;

/// <summary>The archived PDF exactly as generated; a donor asking for one unpublished or withdrawn gets "not found".</summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.Donor + "," + Roles.Administrator)]
public sealed record GetDonorReportFile(int Id) : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => nameof(DonorReport);

    public string? AuditEntityId => Id.ToString(CultureInfo.InvariantCulture);
}

public sealed class GetDonorReportFileHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetDonorReportFile, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetDonorReportFile request, CancellationToken cancellationToken)
    {
        var report = await db.DonorReports.AsNoTracking().DownloadableBy(user)
            .Where(r => r.Id == request.Id)
            .Select(r => new { r.Content, r.PeriodFrom, r.PeriodTo, r.Language })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(DonorReport), request.Id);
        return new ExportedFile($"legalaid-donor-report-{report.PeriodFrom:yyyyMMdd}-{report.PeriodTo:yyyyMMdd}-{report.Language}-{request.Id}.pdf", "application/pdf", report.Content);
    }
}
