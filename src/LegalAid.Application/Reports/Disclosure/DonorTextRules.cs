using System.Globalization;
using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Reports.Disclosure;

public static class DonorTextRules
{
    /// <summary>
    /// Refuses text donors will read when it reads as identifying a person (<see cref="PersonalDataInText"/>), quoting
    /// all that does, unless <paramref name="confirmed"/> says the writer has checked it and nothing found is certain.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, Func<T, bool> confirmed) =>
        rule.Must((request, text) => PersonalDataInText.AllIn(text) is var found && (confirmed(request) ? !found.Any(f => f.IsCertain) : found.Count == 0))
            .WithMessage((_, text) => Refusal(PersonalDataInText.AllIn(text), confirmable: true));

    /// <summary>As <see cref="IdentifiesNoOne{T}(IRuleBuilderOptions{T, string?}, Func{T, bool})"/> for a short text with nothing to confirm it: it is reworded.</summary>
    public static IRuleBuilderOptions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.Must(text => PersonalDataInText.AllIn(text).Count == 0)
            .WithMessage((_, text) => Refusal(PersonalDataInText.AllIn(text), confirmable: false));

    private static string Refusal(IReadOnlyList<FoundPersonalData> found, bool confirmable) =>
        string.Format(
            CultureInfo.CurrentCulture,
            confirmable && !found.Any(f => f.IsCertain) ? Messages.DonorTextIdentifiesAPerson : Messages.DonorTextNamesAPerson,
            string.Join(", ", found.Select(f => string.Format(CultureInfo.CurrentCulture, Messages.DonorTextQuote, f.Written))));
}
