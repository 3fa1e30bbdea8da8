using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Common;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.ListDonorReports;

/// <summary>
/// The archive of donor reports, newest first: all of them for programme staff, the published ones for donors, withdrawn
/// ones too (see <see cref="DonorReportVisibility"/>), without who made or withdrew them, nor what suppression cost: a
/// sum of hidden cells is one more equation a reader could solve.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.Donor + "," + Roles.Administrator)]
public sealed record ListDonorReports : IRequest<IReadOnlyList<DonorReportItem>>;

public sealed class ListDonorReportsHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, IActorContext actors, IEmailSender email)
    : IRequestHandler<ListDonorReports, IReadOnlyList<DonorReportItem>>
{
    public async Task<IReadOnlyList<DonorReportItem>> Handle(ListDonorReports request, CancellationToken cancellationToken)
    {
        var reports = await db.DonorReports.AsNoTracking()
            .ListedFor(user)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .ProjectTo<DonorReportItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var zone = (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId;
        var centres = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, LocalisedName.Of, cancellationToken);

        string Named(string codes) => string.Join(", ", codes.Split(", ").Select(code => centres.TryGetValue(code, out var name) ? name.ToString() : code));

        // Staff accounts are the programme's business, not the donors'.
        if (user.IsInRole(Roles.Donor))
        {
            return reports.Select(r => r with { CentreNames = Named(r.Centres), CreatedBy = string.Empty, PublishedBy = null, WithdrawnBy = null, Downloadable = DonorReportVisibility.IsDownloadableBy(user, r.WithdrawnAtUtc), TableCells = null, HiddenCells = null, HiddenTotals = null, HiddenShare = null, TimeZoneId = zone }).ToList();
        }

        var emailed = await EmailedDonorsAsync(cancellationToken);
        var mayEmail = email.IsConfigured && user.IsInRole(Roles.ProgrammeStaff);
        return reports.Select(r => r with
        {
            CentreNames = Named(r.Centres),
            TimeZoneId = zone,
            EmailedDonors = emailed.GetValueOrDefault(r.Id),
            Downloadable = DonorReportVisibility.IsDownloadableBy(user, r.WithdrawnAtUtc),
            MayNotify = mayEmail && r.PublishedAtUtc is not null && (r.WithdrawnAtUtc is null || emailed.GetValueOrDefault(r.Id) > 0),
        }).ToList();
    }

    private Task<Dictionary<int, int>> EmailedDonorsAsync(CancellationToken cancellationToken) =>
        db.DonorReportNotices.AsNoTracking()
            .Where(n => n.Kind == DonorNoticeKind.Report)
            .GroupBy(n => n.DonorReportId)
            .Select(g => new { ReportId = g.Key, Donors = g.Select(n => n.Email).Distinct().Count() })
            .ToDictionaryAsync(g => g.ReportId, g => g.Donors, cancellationToken);
}
