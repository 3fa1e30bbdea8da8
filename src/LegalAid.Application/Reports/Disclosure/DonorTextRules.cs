using System.Globalization;
using FluentValidation;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Refuses text that must identify no one when it reads as identifying a person (<see cref="PersonalDataInText"/>),
/// quoting all that does: text donors will read (what is certain to be removed, what may be no person's to be checked),
/// and text kept for good where no personal data may be.
/// </summary>
public static class DonorTextRules
{
    /// <summary>What may be no person's passes once <paramref name="confirmed"/> says the writer has checked it.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, Func<T, bool> confirmed) =>
        rule.Custom((text, context) => Refuse(context, PersonalDataInText.AllIn(text), confirmable: true, confirmed(context.InstanceToValidate)));

    /// <summary>For a short text with nothing to confirm it: it is reworded.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.Custom((text, context) => Refuse(context, PersonalDataInText.AllIn(text), confirmable: false, confirmed: false));

    /// <summary>
    /// For text kept where no personal data may be (an erasure's reason, which the audit trail holds after the person's
    /// data is gone): anything found is refused with <paramref name="message"/>, quoted, with nothing to confirm it away.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> HoldsNoPersonalData<T>(this IRuleBuilderOptions<T, string?> rule, Func<string> message) =>
        rule.Custom((text, context) =>
        {
            if (PersonalDataInText.AllIn(text) is { Count: > 0 } found)
            {
                context.AddFailure(Format(message(), found));
            }
        });

    /// <summary>Whether <paramref name="text"/> is refused only for what may be no person's, so the writer may confirm it.</summary>
    public static bool AsksToConfirm(string? text) => AsksToConfirm(PersonalDataInText.AllIn(text));

    private static bool AsksToConfirm(IReadOnlyList<FoundPersonalData> found) => found.Count > 0 && !found.Any(f => f.IsCertain);

    private static void Refuse<T>(ValidationContext<T> context, IReadOnlyList<FoundPersonalData> found, bool confirmable, bool confirmed)
    {
        var certain = found.Where(f => f.IsCertain).ToList();
        var possible = found.Where(f => !f.IsCertain).ToList();
        if (certain.Count > 0)
        {
            context.AddFailure(Format(Messages.DonorTextNamesAPerson, certain) + (possible.Count > 0 ? " " + Format(Messages.DonorTextAlsoCheck, possible) : string.Empty));
        }
        else if (AsksToConfirm(found) && !confirmed)
        {
            context.AddFailure(Format(confirmable ? Messages.DonorTextIdentifiesAPerson : Messages.DonorTextMayIdentifyAPerson, possible));
        }
    }

    private static string Format(string message, IEnumerable<FoundPersonalData> found) => string.Format(CultureInfo.CurrentCulture, message, Quoted(found));

    /// <summary>The findings as the messages quote them: «Фаррух Абдуллаев», «+7 903 …».</summary>
    private static string Quoted(IEnumerable<FoundPersonalData> found) =>
        string.Join(", ", found.Select(f => string.Format(CultureInfo.CurrentCulture, Messages.DonorTextQuote, f.Written)));
}
