using System.Globalization;
using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Reports.Disclosure;

public static class DonorTextRules
{
    /// <summary>
    /// Refuses text donors will read when it reads as identifying a person (<see cref="PersonalDataInText"/>), quoting
    /// what does, unless <paramref name="confirmed"/> says the writer has checked it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, Func<T, bool> confirmed) =>
        rule.Must((request, text) => confirmed(request) || PersonalDataInText.FirstIn(text) is null)
            .WithMessage((_, text) => string.Format(CultureInfo.CurrentCulture, Messages.DonorTextIdentifiesAPerson, PersonalDataInText.FirstIn(text)));
}
