using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LegalAid.Web.Pages.Shared;

/// <summary>A page's errors for its summary, each with the key of the field it is about ("" for the form as a whole).</summary>
public static class ErrorSummary
{
    /// <summary>In the order of the page model's properties, then the rest, as MVC's own validation summary lists them.</summary>
    public static IReadOnlyList<(string Field, string Message)> Errors(ViewDataDictionary viewData)
    {
        if (viewData.ModelState.ErrorCount == 0)
        {
            return [];
        }

        var keys = new Dictionary<ModelStateEntry, string>(ReferenceEqualityComparer.Instance);
        foreach (var (key, entry) in viewData.ModelState)
        {
            keys[entry] = key;
        }

        var ordered = new List<ModelStateEntry>();
        Visit(viewData.ModelState.Root, viewData.ModelMetadata, ordered);
        ordered.AddRange(keys.Keys.Where(entry => !ordered.Contains(entry)));
        return ordered
            .SelectMany(entry => entry.Errors.Where(error => error.ErrorMessage.Length > 0).Select(error => (keys.GetValueOrDefault(entry, string.Empty), error.ErrorMessage)))
            .ToList();
    }

    private static void Visit(ModelStateEntry entry, ModelMetadata metadata, List<ModelStateEntry> ordered)
    {
        if (metadata.ElementMetadata is { } element && entry.Children is { } items)
        {
            foreach (var item in items)
            {
                Visit(item, element, ordered);
            }
        }
        else
        {
            foreach (var property in metadata.Properties)
            {
                if (entry.GetModelStateForProperty(property.PropertyName!) is { } child)
                {
                    Visit(child, property, ordered);
                }
            }
        }

        if (!entry.IsContainerNode)
        {
            ordered.Add(entry);
        }
    }
}
