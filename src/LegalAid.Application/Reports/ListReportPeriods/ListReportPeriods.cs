using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Reports.ListReportPeriods;

/// <summary>
/// The reporting periods a donor report can be generated for without typing dates (see <see cref="ReportPeriod.Recent"/>),
/// as ended by today at the user's centre.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed record ListReportPeriods : IRequest<IReadOnlyList<ReportPeriod>>;

public sealed class ListReportPeriodsHandler(IActorContext actors) : IRequestHandler<ListReportPeriods, IReadOnlyList<ReportPeriod>>
{
    public async Task<IReadOnlyList<ReportPeriod>> Handle(ListReportPeriods request, CancellationToken cancellationToken) =>
        ReportPeriod.Recent(actors.At(await actors.HomeCentreAsync(cancellationToken)).Today);
}
