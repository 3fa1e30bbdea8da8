using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Forms;

/// <summary>
/// Amounts typed in a form mean the same in every UI language: digits with at most one decimal mark, "," or ".",
/// followed by one or two digits ("1500", "1500,50", "1500.5"). Thousands may be set apart by spaces, as Russian
/// writes them ("12 000,50"), since no language here reads a space as a decimal mark. Other group separators are
/// refused, not guessed: "1,500" is 1.5 in Russian and 1500 in English, and "1.500,50" or "1,500.50" depend on the
/// language too.
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

        if (Amount().IsMatch(typed) && decimal.TryParse(GroupSpace().Replace(typed, string.Empty).Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, text["Binding.Amount"]);
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^-?([0-9]+|[0-9]{1,3}([ \u00A0\u202F][0-9]{3})+)([.,][0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    /// <summary>A space, no-break space or narrow no-break space between groups of digits (what a phone's keyboard or a copied figure holds).</summary>
    [GeneratedRegex(@"[ \u00A0\u202F]", RegexOptions.CultureInvariant)]
    private static partial Regex GroupSpace();
}

/// <summary>Binds every decimal of the pages' forms with <see cref="AmountModelBinder"/>: the app's only decimals are amounts of money.</summary>
internal sealed class AmountModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal)
            ? new AmountModelBinder(context.Services.GetRequiredService<IStringLocalizer<SharedResource>>())
            : null;
}
