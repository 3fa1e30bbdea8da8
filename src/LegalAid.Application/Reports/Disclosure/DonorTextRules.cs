using System.Globalization;
using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Reports.Disclosure;

public static class DonorTextRules
{
    /// <summary>
    /// Refuses text donors will read when it reads as identifying a person (<see cref="PersonalDataInText"/>), quoting
    /// all that does, unless <paramref name="confirmed"/> says the writer has checked it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, Func<T, bool> confirmed) =>
        rule.Must((request, text) => confirmed(request) || PersonalDataInText.AllIn(text).Count == 0)
            .WithMessage((_, text) => string.Format(CultureInfo.CurrentCulture, Messages.DonorTextIdentifiesAPerson, Quoted(PersonalDataInText.AllIn(text))));

    private static string Quoted(IEnumerable<string> found) =>
        string.Join(", ", found.Select(text => string.Format(CultureInfo.CurrentCulture, Messages.DonorTextQuote, text)));
}
