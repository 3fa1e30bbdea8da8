using LegalAid.Web.Api;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace LegalAid.Web.Forms;

/// <summary>
/// A choice in a page's form or address is its name, as in the API (<see cref="ChoicesByName"/>): MVC reads
/// <c>status=1</c> as the enum's value, so a hand-made address would pick a choice by its place in the code, and
/// <c>channel=Phone,InPerson</c> as another choice. Either is refused as any value that is not a name is.
/// </summary>
internal sealed class ChoiceModelBinder(IModelBinder byName) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result.FirstValue is not { } typed || !ChoicesByName.IsNoName(typed))
        {
            return byName.BindModelAsync(bindingContext);
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        bindingContext.ModelState.TryAddModelError(
            bindingContext.ModelName,
            bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(typed, bindingContext.ModelMetadata.GetDisplayName()));
        return Task.CompletedTask;
    }
}

/// <summary>Binds every enum of the pages, alone or in a list, with <see cref="ChoiceModelBinder"/>.</summary>
internal sealed class ChoiceModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType.IsEnum
            ? ListItemModelBinder.ForItems(context, new ChoiceModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>())))
            : null;
}
