using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.Common;

/// <summary>
/// A report ever published (withdrawn ones too: donors were sent them) that shows figures of part of a period and
/// centres a report shows without showing the same (<see cref="ReportScope.OverlapWithoutMatching"/>): subtracting one
/// from the other would give away counts both hide. Such a report is refused when it would be generated and again when
/// it would be published, as another may have been published in between.
/// </summary>
internal sealed class PublishedReportOverlaps(IApplicationDbContext db)
{
    /// <param name="message">The refusal, formatted with the published report's title, what it shows and what this one does.</param>
    public async Task RefuseAsync(ReportScope scope, int? reportId, string message, CancellationToken cancellationToken)
    {
        var published = await db.DonorReports.AsNoTracking()
            .Where(r => r.PublishedAtUtc != null && r.Id != reportId)
            .Select(r => new { r.Title, Scope = new ReportScope(r.PeriodFrom, r.PeriodTo, r.Centres) })
            .ToListAsync(cancellationToken);
        if (published.Select(r => (r.Title, r.Scope, Overlap: scope.OverlapWithoutMatching(r.Scope))).FirstOrDefault(r => r.Overlap is not null) is { Overlap: var (mine, theirs) } overlapping)
        {
            var centres = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, LocalisedName.Of, cancellationToken);
            throw InvalidRequestException.For(string.Empty, string.Format(
                CultureInfo.CurrentCulture, message, overlapping.Title, Described(theirs, overlapping.Scope, centres), Described(mine, scope, centres)));
        }
    }

    private static string Described(ShownPeriod period, ReportScope scope, Dictionary<string, LocalisedName> centres) => string.Format(
        CultureInfo.CurrentCulture,
        period.IsComparison ? Messages.ReportComparisonPeriod : Messages.ReportOwnPeriod,
        period.From,
        period.To,
        string.Join(", ", scope.CentreCodes.Select(code => centres[code])));
}
