using FluentValidation;
using FluentValidation.Validators;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Validation;

/// <summary>
/// At most so many characters once the text is normalised and trimmed, as it is kept. A length validator, so that
/// the API's document states the limit to the clients generated from it.
/// </summary>
internal sealed class NormalisedMaximumLength<T>(int max) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "MaximumLengthValidator";

    public int Min => 0;

    public int Max => max;

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || Text.Normalize(value).Length <= max;
}
