using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>The period of a statistics read or report, as a request gives it.</summary>
public interface IStatisticsPeriod
{
    DateOnly? From { get; }

    DateOnly? To { get; }
}

/// <summary>The one rule for every period the statistics are read for: both ends given, in order, plausible dates, at most <see cref="MaxYears"/>.</summary>
public sealed class StatisticsPeriodValidator : AbstractValidator<IStatisticsPeriod>
{
    /// <summary>At most this many years in one request.</summary>
    public const int MaxYears = 20;

    public StatisticsPeriodValidator(TimeProvider clock)
    {
        RuleFor(s => s.From).NotNull().WithRequiredMessage();
        RuleFor(s => s.To).NotNull().WithRequiredMessage()
            .Must((s, to) => s.From is null || to is null || SpansAtMostMaxYears(s.From.Value, to.Value)).WithMessage(_ => Messages.PeriodTooLong.Replace("{Years}", MaxYears.ToString(Messages.Culture), StringComparison.Ordinal));
        this.Period(s => s.From, s => s.To, clock);
    }

    /// <summary>True when the period spans at most <see cref="MaxYears"/> (a start near the calendar's end is left to the date rules).</summary>
    public static bool SpansAtMostMaxYears(DateOnly from, DateOnly to) =>
        from.Year > DateOnly.MaxValue.Year - MaxYears || to <= from.AddYears(MaxYears);
}
