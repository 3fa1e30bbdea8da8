using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Validation;

/// <summary>
/// The dates the programme's records can plausibly hold. Events fall between 1 January 2000 and a year after today
/// (a deadline, a report period), or today when they have happened (a case opened, consent given); a birth between
/// 1 January 1900 and today. Anything else is a typing slip or a probe, and would break date arithmetic near the ends
/// of the calendar.
/// </summary>
public static class DateRules
{
    public static readonly DateOnly FirstEventDate = new(2000, 1, 1);

    public static readonly DateOnly FirstBirthDate = new(1900, 1, 1);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static DateOnly LastEventDate(TimeProvider clock) => Today(clock).AddYears(1);

    public static IRuleBuilderOptions<T, DateOnly?> EventDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || (date >= FirstEventDate && date <= LastEventDate(clock)))
            .OutOfRangeMessage(FirstEventDate, () => LastEventDate(clock));

    public static IRuleBuilderOptions<T, DateOnly?> BirthDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || (date >= FirstBirthDate && date <= Today(clock)))
            .OutOfRangeMessage(FirstBirthDate, () => Today(clock));

    public static IRuleBuilderOptions<T, int?> BirthYear<T>(this IRuleBuilder<T, int?> rule, TimeProvider clock) =>
        rule.Must(year => year is null || (year >= FirstBirthDate.Year && year <= Today(clock).Year))
            .WithMessage(_ => Messages.YearOutOfRange
                .Replace("{From}", FirstBirthDate.Year.ToString(Messages.Culture), StringComparison.Ordinal)
                .Replace("{To}", Today(clock).Year.ToString(Messages.Culture), StringComparison.Ordinal));

    /// <summary>A year of birth given beside a date of birth is the date's year.</summary>
    public static IRuleBuilderOptions<T, int?> YearOf<T>(this IRuleBuilder<T, int?> rule, Func<T, DateOnly?> birthDate) =>
        rule.Must((person, year) => year is null || birthDate(person) is not { } date || date.Year == year)
            .WithMessage(_ => Messages.BirthYearMismatch);

    /// <summary>
    /// An event that has happened: from the first event date to today. The day after today passes here, as it may
    /// already be today at a centre east of UTC; the domain holds the date to the centre's own today.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PastEventDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || date >= FirstEventDate).OutOfRangeMessage(FirstEventDate, () => Today(clock))
            .Must(date => date is null || date <= Today(clock).AddDays(1)).WithMessage(_ => Messages.InFuture);

    /// <summary>The moment of an event that has happened, as <see cref="PastEventDate{T}"/> holds its date.</summary>
    public static IRuleBuilderOptions<T, DateTime?> PastEventMoment<T>(this IRuleBuilder<T, DateTime?> rule, TimeProvider clock) =>
        rule.Must(moment => moment is null || DateOnly.FromDateTime(moment.Value) >= FirstEventDate).OutOfRangeMessage(FirstEventDate, () => Today(clock))
            .Must(moment => moment is null || DateOnly.FromDateTime(moment.Value) <= Today(clock).AddDays(1)).WithMessage(_ => Messages.InFuture);

    /// <summary>The year of a monthly report: from the first event year to the last.</summary>
    public static IRuleBuilderOptions<T, int> EventYear<T>(this IRuleBuilder<T, int> rule, TimeProvider clock) =>
        rule.Must(year => year >= FirstEventDate.Year && year <= LastEventDate(clock).Year)
            .WithMessage(_ => Messages.YearOutOfRange
                .Replace("{From}", FirstEventDate.Year.ToString(Messages.Culture), StringComparison.Ordinal)
                .Replace("{To}", LastEventDate(clock).Year.ToString(Messages.Culture), StringComparison.Ordinal));

    /// <summary>A period's end is not before its start, and both are event dates.</summary>
    public static void Period<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, DateOnly?>> from,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> to, TimeProvider clock)
    {
        // Interpreted: compiled, every build of a validator that is built per request would emit a dynamic method.
        var start = from.Compile(preferInterpretation: true);
        validator.RuleFor(from).EventDate(clock);
        validator.RuleFor(to).EventDate(clock)
            .Must((request, end) => start(request) is not { } begin || end is null || begin <= end).WithMessage(_ => Messages.InvalidPeriod);
    }

    private static IRuleBuilderOptions<T, TProperty> OutOfRangeMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, DateOnly first, Func<DateOnly> last) =>
        rule.WithFieldMessage(label => OutOfRange(Messages.DateOutOfRangeField, first, last()).Replace("{Field}", label, StringComparison.Ordinal),
            () => OutOfRange(Messages.DateOutOfRange, first, last()));

    private static string OutOfRange(string message, DateOnly first, DateOnly last) =>
        message
            .Replace("{From}", first.ToString("d", Messages.Culture), StringComparison.Ordinal)
            .Replace("{To}", last.ToString("d", Messages.Culture), StringComparison.Ordinal);
}
