using LegalAid.Application.Common.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LegalAid.Web.Localisation;

/// <summary>
/// A value bound through a record's constructor (the statistics filter) has no property name, so model binding's
/// message for a value it cannot read would say nothing of the field. A parameter with a label (<see cref="FieldLabel"/>)
/// is given its own name as display name, which <see cref="LocalisedModelBindingMessages"/> turns into the label.
/// </summary>
internal sealed class ParameterFieldNames : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind == ModelMetadataKind.Parameter && context.Key.Name is { } name && FieldLabel.Of(name) is not null)
        {
            context.DisplayMetadata.DisplayName ??= () => name;
        }
    }
}
