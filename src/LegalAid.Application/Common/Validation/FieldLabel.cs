using System.Globalization;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Validation;

/// <summary>
/// The label of a request's field ("Field.FamilyName": "Фамилия") in the UI language, so a message can name the field
/// it is about: beside the field it reads the same, and in the summary above a form it says which field is meant.
/// </summary>
public static class FieldLabel
{
    /// <summary>The label of the last property of <paramref name="propertyPath"/> ("Fields.FamilyName"), or null when it has none.</summary>
    public static string? Of(string? propertyPath) =>
        string.IsNullOrEmpty(propertyPath)
            ? null
            : Labels.ResourceManager.GetString("Field." + propertyPath[(propertyPath.LastIndexOf('.') + 1)..], CultureInfo.CurrentUICulture);
}
