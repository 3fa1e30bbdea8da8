using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The period and filters of a statistics read: the dashboard, its exports, the API and the reports. A filter left
/// empty selects everything. <see cref="StatisticsFilterValidator"/> checks it before it reaches the engine.
/// </summary>
public record StatisticsFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    int[]? Centre = null,
    string[]? Citizenship = null,
    Sex[]? Sex = null,
    AgeBand[]? AgeBand = null,
    int[]? Category = null,
    ConsultationChannel[]? Channel = null,
    int[]? Lawyer = null) : IStatisticsPeriod
{
    public Period ToPeriod() => new(From!.Value, To!.Value);
}
