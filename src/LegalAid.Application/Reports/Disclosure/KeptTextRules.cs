using System.Globalization;
using FluentValidation;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Text kept for good where no personal data may be (an erasure's reason, which the audit trail holds after the person's
/// data is gone): anything <see cref="PersonalDataInText"/> finds is refused, quoted, with nothing to confirm it away.
/// </summary>
public static class KeptTextRules
{
    public static IRuleBuilderOptionsConditions<T, string?> NamesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, Func<string> message) =>
        rule.Custom((text, context) =>
        {
            if (PersonalDataInText.AllIn(text) is { Count: > 0 } found)
            {
                context.AddFailure(string.Format(CultureInfo.CurrentCulture, message(), DonorTextRules.Quoted(found)));
            }
        });
}
