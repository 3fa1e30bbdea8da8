using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using MediatR;

namespace LegalAid.Application.Statistics.GetStatistics;

/// <summary>
/// Every statistic of the programme for a period and any combination of filters (see <see cref="StatisticsQueries"/>).
/// Aggregates only; no personal data. A coordinator's figures cover their own centre only.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.Coordinator + "," + Roles.Administrator)]
public sealed record GetStatistics(
    DateOnly? From = null,
    DateOnly? To = null,
    int[]? Centre = null,
    string[]? Citizenship = null,
    Sex[]? Sex = null,
    AgeBand[]? AgeBand = null,
    int[]? Category = null,
    ConsultationChannel[]? Channel = null,
    int[]? Lawyer = null)
    : StatisticsFilter(From, To, Centre, Citizenship, Sex, AgeBand, Category, Channel, Lawyer), IRequest<StatisticsReport>;

public sealed class GetStatisticsValidator : AbstractValidator<GetStatistics>
{
    public GetStatisticsValidator(TimeProvider clock, ICurrentUser user, IApplicationDbContext db) => Include(new StatisticsFilterValidator(clock, user, db));
}

public sealed class GetStatisticsHandler(StatisticsQueries statistics, IActorContext actors) : IRequestHandler<GetStatistics, StatisticsReport>
{
    /// <summary>The report, with the time its figures were read in the user's time zone.</summary>
    public async Task<StatisticsReport> Handle(GetStatistics request, CancellationToken cancellationToken)
    {
        var report = await statistics.ReportAsync(request, cancellationToken);
        var zone = (await actors.HomeCentreAsync(cancellationToken)).TimeZone;
        return report with { ReadAt = TimeZoneInfo.ConvertTime(report.ReadAt, zone) };
    }
}
