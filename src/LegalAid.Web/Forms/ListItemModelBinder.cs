using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LegalAid.Web.Forms;

/// <summary>
/// Names the field in the error about a list's item ("Значение «abc» в поле «Центр» недопустимо."). MVC binds each
/// item of <c>centre=1&amp;centre=abc</c> with the metadata of the item's type, which has no field, so its message
/// named none and a summary of several lists' errors could not say which list was meant. The list's own name is the
/// item's <see cref="ModelBindingContext.FieldName"/>.
/// </summary>
internal sealed class ListItemModelBinder(IModelBinder item) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var key = bindingContext.ModelName;
        var before = bindingContext.ModelState.TryGetValue(key, out var entry) ? entry.Errors.Count : 0;
        await item.BindModelAsync(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(key).FirstValue;
        if (string.IsNullOrEmpty(value) || !bindingContext.ModelState.TryGetValue(key, out entry))
        {
            return;
        }

        var named = bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value, bindingContext.FieldName);
        for (var i = before; i < entry.Errors.Count; i++)
        {
            entry.Errors[i] = new ModelError(named);
        }
    }

    /// <summary><paramref name="binder"/> as it is, or named as above when it binds a list's items.</summary>
    public static IModelBinder ForItems(ModelBinderProviderContext context, IModelBinder binder) =>
        context.Metadata.MetadataKind == ModelMetadataKind.Type ? new ListItemModelBinder(binder) : binder;
}

/// <summary>Binds the items of lists of numbers and text with <see cref="ListItemModelBinder"/>.</summary>
internal sealed class ListItemModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata is { MetadataKind: ModelMetadataKind.Type, IsComplexType: false }
            ? new ListItemModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
