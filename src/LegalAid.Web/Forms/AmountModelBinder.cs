using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Forms;

/// <summary>
/// Amounts typed in a form mean the same in every UI language: digits with at most one decimal mark, "," or ".",
/// followed by one or two digits ("1500", "1500,50", "1500.5"). Group separators are refused, not guessed: "1,500"
/// is 1.5 in Russian and 1500 in English, and "1 500" or "1,500.50" depend on the language too.
/// </summary>
internal sealed partial class AmountModelBinder(IStringLocalizer<SharedResource> text) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var typed = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            // An empty field is no amount; a required one is refused by the request's validator.
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (Amount().IsMatch(typed) && decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, text["Binding.Amount"]);
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^-?[0-9]+([.,][0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}

/// <summary>Binds every decimal of the pages' forms with <see cref="AmountModelBinder"/>: the app's only decimals are amounts of money.</summary>
internal sealed class AmountModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal)
            ? new AmountModelBinder(context.Services.GetRequiredService<IStringLocalizer<SharedResource>>())
            : null;
}
