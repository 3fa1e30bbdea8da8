using System.Globalization;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Localisation;

/// <summary>
/// Model binding's own errors ("'abc' is not a number") in the user's language. A field with a label
/// (<see cref="FieldLabel"/>) is named, as the validators name it, so the summary above a form says which field is meant.
/// </summary>
internal sealed class LocalisedModelBindingMessages(IStringLocalizer<SharedResource> text) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) =>
            Named(field, label => text["Binding.FieldValueInvalid", value, label], () => text["Binding.ValueInvalid", value]));
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueInvalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["Binding.Invalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.Invalid"]);
        messages.SetValueMustNotBeNullAccessor(Required);
        messages.SetMissingBindRequiredValueAccessor(Required);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.Required"]);
        messages.SetValueMustBeANumberAccessor(field => Named(field, label => text["Binding.FieldNumber", label], () => text["Binding.Number"]));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.Number"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.Required"]);
    }

    private string Required(string field) =>
        Named(field, label => string.Format(CultureInfo.CurrentCulture, Messages.RequiredField, label), () => text["Binding.Required"]);

    private static string Named(string field, Func<string, string> named, Func<string> unnamed) =>
        FieldLabel.Of(field) is { } label ? named(label) : unnamed();
}
