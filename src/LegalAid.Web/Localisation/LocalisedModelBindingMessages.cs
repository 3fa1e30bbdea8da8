using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Localisation;

/// <summary>Model binding's own errors ("'abc' is not a number") in the user's language.</summary>
internal sealed class LocalisedModelBindingMessages(IStringLocalizer<SharedResource> text) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => text["Binding.ValueInvalid", value]);
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueInvalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["Binding.Invalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.Invalid"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Binding.Required"]);
        messages.SetMissingBindRequiredValueAccessor(_ => text["Binding.Required"]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.Required"]);
        messages.SetValueMustBeANumberAccessor(_ => text["Binding.Number"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.Number"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.Required"]);
    }
}
