using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Reports.Common;

/// <summary>Donors see published reports that are not withdrawn; programme staff and administrators see the whole archive.</summary>
internal static class DonorReportVisibility
{
    public static IQueryable<DonorReport> VisibleTo(this IQueryable<DonorReport> reports, ICurrentUser user) =>
        user.IsInRole(Roles.ProgrammeStaff) || user.IsInRole(Roles.Administrator)
            ? reports
            : reports.Where(r => r.PublishedAtUtc != null && r.WithdrawnAtUtc == null);
}
