using System.Globalization;
using FluentValidation;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Validation;

public static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithRequiredMessage();

    /// <summary>"Fill in «Family name»": the message of a blank required field names it when it has a <see cref="FieldLabel"/>.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithRequiredMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule) =>
        rule.WithFieldMessage(label => Format(Messages.RequiredField, label), () => Messages.Required);

    /// <summary>
    /// A value that must be given, refused when left out with the <paramref name="message"/> an unknown one gets («Выберите
    /// гражданство из списка.»), the rules after it not run then; the API document lists it as required.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Given<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, Func<string> message) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => message());

    /// <summary>A code from a list the domain keeps (a citizenship, a language): given and on the list, else refused with <paramref name="message"/>.</summary>
    public static IRuleBuilderOptions<T, string?> GivenFrom<T>(this IRuleBuilderInitial<T, string?> rule, Func<string?, bool> isKnown, Func<string> message) =>
        rule.Given(message).Must(code => isKnown(code)).WithMessage(_ => message());

    /// <summary>"Choose a value for «Channel»": the message of a value not on the field's list names the field when it has a label.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithChoiceMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule) =>
        rule.WithFieldMessage(label => Format(Messages.ChooseField, label), () => Messages.InvalidChoice);

    /// <summary>
    /// Free text: at most <paramref name="maxLength"/> characters after trimming ("At most 100 characters in “Family
    /// name”" when the field has a label), no control characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule, int maxLength, bool multiline = false) =>
        rule.SetValidator(new NormalisedMaximumLength<T>(maxLength))
            .WithFieldMessage(label => Format(Messages.TooLongField, label, maxLength), () => DomainMessages.TooLong(maxLength))
            .Must(value => value is null || !Text.HasControlCharacters(value, multiline))
            .WithMessage(_ => Messages.ControlCharacters);

    /// <summary>
    /// A name (of a person, an organisation, a file...): free text on one line that must read the same way it shows,
    /// so no bidirectional controls, and no character that arrived undecodable (U+FFFD, say from a file name's bytes).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.FreeText(maxLength)
            .Must(value => value is null || !Text.HasBidiControls(value)).WithMessage(_ => Messages.BidiControls)
            .Must(value => value is null || !Text.HasUndecodableCharacters(value)).WithMessage(_ => Messages.UndecodableCharacters);

    /// <summary>
    /// A part of a person's name: a <see cref="Name{T}"/> with a letter in it. A name with none ("123", "---", an emoji)
    /// is a slip, and no search by name could find it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PersonNamePart<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Name(PersonName.PartMaxLength)
            .Must(name => string.IsNullOrWhiteSpace(name) || name.Any(char.IsLetter)).WithMessage(_ => Messages.NameWithoutLetters);

    /// <summary>Why a record is voided: required, so the history says it.</summary>
    public static IRuleBuilderOptions<T, string?> VoidReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required().FreeText(CorrectableRecord.VoidReasonMaxLength, multiline: true);

    public static IRuleBuilderOptions<T, TEnum?> Choice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithChoiceMessage()
            .Must(value => value is null || Enum.IsDefined(value.Value)).WithChoiceMessage();

    public static IRuleBuilderOptions<T, IReadOnlyList<TEnum>?> Choices<T, TEnum>(this IRuleBuilder<T, IReadOnlyList<TEnum>?> rule)
        where TEnum : struct, Enum =>
        rule.FewValues().Must(values => values is null || values.All(v => Flags.Choices(typeof(TEnum)).Contains(v))).WithChoiceMessage();

    /// <summary>The most an amount of money may be: under a trillion roubles, kopecks included.</summary>
    public const decimal MaxMoney = 999_999_999_999.99m;

    public static IRuleBuilderOptions<T, decimal?> Money<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.NegativeMoney)
            .Must(value => value is null || decimal.Round(value.Value, 2) == value.Value).WithMessage(_ => Messages.TooManyDecimals)
            .LessThanOrEqualTo(MaxMoney).WithMessage(_ => Messages.MoneyTooLarge);

    /// <summary>The message names the field when it has a <see cref="FieldLabel"/>: in the summary above a form, two alike say which is which.</summary>
    internal static IRuleBuilderOptions<T, TProperty> WithFieldMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Func<string, string> naming, Func<string> unnamed) =>
        rule.Configure(r => r.Current.SetErrorMessage((context, _) => FieldLabel.Of(typeof(T), context.PropertyPath) is { } label ? naming(label) : unnamed()));

    private static string Format(string message, params object[] arguments) => string.Format(CultureInfo.CurrentCulture, message, arguments);
}
