using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Reports.Common;

/// <summary>
/// Programme staff and administrators see and download the whole archive. Donors see the published reports; a withdrawn
/// one stays in their list with its reason, so that one who downloaded it learns not to use it (e-mail may be off, or
/// they may not have been sent it), but it can no longer be downloaded.
/// </summary>
internal static class DonorReportVisibility
{
    public static IQueryable<DonorReport> ListedFor(this IQueryable<DonorReport> reports, ICurrentUser user) =>
        SeesTheWholeArchive(user) ? reports : reports.Where(r => r.PublishedAtUtc != null);

    public static IQueryable<DonorReport> DownloadableBy(this IQueryable<DonorReport> reports, ICurrentUser user) =>
        SeesTheWholeArchive(user) ? reports : reports.ListedFor(user).Where(r => r.WithdrawnAtUtc == null);

    /// <summary>Whether a listed report is one of those <see cref="DownloadableBy"/> keeps.</summary>
    public static bool IsDownloadableBy(ICurrentUser user, DateTime? withdrawnAtUtc) => SeesTheWholeArchive(user) || withdrawnAtUtc is null;

    private static bool SeesTheWholeArchive(ICurrentUser user) => user.IsInRole(Roles.ProgrammeStaff) || user.IsInRole(Roles.Administrator);
}
