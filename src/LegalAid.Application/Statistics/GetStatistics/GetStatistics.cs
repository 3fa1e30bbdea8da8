using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using MediatR;

namespace LegalAid.Application.Statistics.GetStatistics;

/// <summary>
/// Every statistic of the programme for a period and any combination of filters: the one query behind the
/// dashboard, its exports, the API and the PDF reports. Aggregates only; no personal data. A coordinator's
/// figures cover their own centre only (the centre scope applies to every query).
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
    int[]? Lawyer = null) : IRequest<StatisticsReport>
{
    /// <summary>At most this many years in one request.</summary>
    public const int MaxYears = 20;

    /// <summary>True when the period spans at most <see cref="MaxYears"/> (a start near the calendar's end is left to the date rules).</summary>
    public static bool SpansAtMostMaxYears(DateOnly from, DateOnly to) =>
        from.Year > DateOnly.MaxValue.Year - MaxYears || to <= from.AddYears(MaxYears);

    public Period ToPeriod() => new(From!.Value, To!.Value);
}

public sealed class GetStatisticsValidator : AbstractValidator<GetStatistics>
{
    public GetStatisticsValidator(TimeProvider clock)
    {
        RuleFor(s => s.From).NotNull().WithMessage(_ => Messages.Required);
        RuleFor(s => s.To).NotNull().WithMessage(_ => Messages.Required)
            .Must((s, to) => s.From is null || to is null || GetStatistics.SpansAtMostMaxYears(s.From.Value, to.Value)).WithMessage(_ => Messages.InvalidPeriod);
        this.Period(s => s.From, s => s.To, clock);
        RuleFor(s => s.Centre).FewValues();
        RuleFor(s => s.Citizenship).FewValues().Must(all => all is null || all.All(Citizenships.IsKnown)).WithMessage(_ => Messages.UnknownCitizenship);
        RuleFor(s => s.Sex).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(s => s.AgeBand).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(s => s.Category).FewValues();
        RuleFor(s => s.Channel).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(s => s.Lawyer).FewValues();
    }
}

public sealed class GetStatisticsHandler(IApplicationDbContext db, ICurrentUser user, StatisticsFactsCache cache, TimeProvider clock)
    : IRequestHandler<GetStatistics, StatisticsReport>
{
    public async Task<StatisticsReport> Handle(GetStatistics request, CancellationToken cancellationToken)
    {
        var period = request.ToPeriod();
        var (previous, yearBefore) = (period.Before(), period.AYearEarlier());
        var windowStart = previous.From < yearBefore.From ? previous.From : yearBefore.From;
        var facts = await cache.GetOrLoadAsync(windowStart, period.To, user.CentreId,
            () => new StatisticsFactsLoader(db, clock).LoadAsync(windowStart, period.To, cancellationToken));
        var calculator = new IndicatorCalculator(facts, request);

        var current = calculator.For(period);
        var tables = new StatisticsTables(facts, calculator, request.Centre).For(period);
        var months = calculator.Months(period);

        return new StatisticsReport(
            period,
            facts.ReadAt,
            current,
            calculator.For(previous),
            calculator.For(yearBefore),
            months,
            tables,
            StatisticsCharts.For(current, months, tables));
    }
}
